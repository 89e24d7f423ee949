import type { FcoDatabase } from '../db/database';
import { startAttempt } from '../db/attempts';
import type { ItemRef } from '../domain/statement-key';
import type { SessionMode } from '../domain/session-mode';
import type { Quiz } from '../domain/quiz-schema';
import { navigate, paths } from './router';

export const refsOf = (quiz: Quiz): ItemRef[] => quiz.items.map((item) => ({ setId: quiz.id, itemId: item.id }));

export async function startAndOpen(db: FcoDatabase, profileId: string, setId: string, mode: SessionMode, items: ItemRef[]): Promise<void> {
  const attempt = await startAttempt(db, { profileId, setId, mode, items });
  navigate(paths.play(attempt.id));
}
