import { use } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Quiz, QuizItem } from '../domain/quiz-schema';
import type { ItemRef } from '../db/records';
import { loadBundledSets } from '../content/bundled-sets';
import { isCheckUp } from '../domain/check-up';
import { useDb } from './database-context';

export interface SetEntry {
  quiz: Quiz;
  bundled: boolean;
}

/** Bundled sets (suspends until loaded) and the teacher's own sets (live). */
export function useAllSets(): SetEntry[] {
  const db = useDb();
  const bundled = use(loadBundledSets());
  const own = useLiveQuery(() => db.quizSets.toArray(), [db]) ?? [];
  const bundledIds = new Set(bundled.map((quiz) => quiz.id));
  return [
    ...bundled.map((quiz) => ({ quiz, bundled: true })),
    ...own.filter((record) => !bundledIds.has(record.id)).map((record) => ({ quiz: record.quiz, bundled: false })),
  ];
}

/** The sets a learner practises with: never a check-up, whose statements are kept to measure the skill. */
export const practiceSets = (sets: readonly SetEntry[]): SetEntry[] => sets.filter(({ quiz }) => !isCheckUp(quiz));

/** Every set but the check-ups: Home's path and lists, mixed practice, review, a set's page, My progress. */
export function usePracticeSets(): SetEntry[] {
  return practiceSets(useAllSets());
}

export interface ResolvedStatement {
  ref: ItemRef;
  quiz: Quiz;
  item: QuizItem;
  passage: string;
}

export function resolveStatements(refs: readonly ItemRef[], sets: readonly SetEntry[]): ResolvedStatement[] | null {
  const byId = new Map(sets.map((entry) => [entry.quiz.id, entry.quiz]));
  const resolved: ResolvedStatement[] = [];
  for (const ref of refs) {
    const quiz = byId.get(ref.setId);
    const item = quiz?.items.find((candidate) => candidate.id === ref.itemId);
    const passage = quiz?.passages.find((candidate) => candidate.id === item?.passage);
    if (!quiz || !item || !passage) return null;
    resolved.push({ ref, quiz, item, passage: passage.text });
  }
  return resolved;
}
