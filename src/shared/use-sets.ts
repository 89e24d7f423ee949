import { use } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Quiz, QuizItem } from '../domain/quiz-schema';
import type { ItemRef } from '../db/records';
import { loadBundledSets } from '../content/bundled-sets';
import { listOwnSets } from '../db/quiz-sets';
import { useDb } from './database-context';

export interface SetEntry {
  quiz: Quiz;
  bundled: boolean;
}

/** Bundled sets (suspends until loaded) and the teacher's own sets (live). */
export function useAllSets(): SetEntry[] {
  const db = useDb();
  const bundled = use(loadBundledSets());
  const own = useLiveQuery(() => listOwnSets(db), [db]) ?? [];
  const bundledIds = new Set(bundled.map((quiz) => quiz.id));
  return [
    ...bundled.map((quiz) => ({ quiz, bundled: true })),
    ...own.filter((record) => !bundledIds.has(record.id)).map((record) => ({ quiz: record.quiz, bundled: false })),
  ];
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
