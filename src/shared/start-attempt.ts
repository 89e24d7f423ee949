import type { FcoDatabase } from '../db/database';
import { startAttempt } from '../db/attempts';
import type { ItemRef, SessionMode } from '../db/records';
import type { Quiz } from '../domain/quiz-schema';
import { navigate, paths } from './router';

/** The set id of a session drawn across sets; its answers still count toward each statement's own set. */
export const MIXED_SET_ID = 'mixed';

export const refsOf = (quiz: Quiz): ItemRef[] => quiz.items.map((item) => ({ setId: quiz.id, itemId: item.id }));

export async function startAndOpen(db: FcoDatabase, profileId: string, setId: string, mode: SessionMode, items: ItemRef[]): Promise<void> {
  const attempt = await startAttempt(db, { profileId, setId, mode, items });
  navigate(paths.play(attempt.id));
}
