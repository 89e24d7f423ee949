import { use, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Quiz, QuizItem } from '../domain/quiz-schema';
import type { FcoDatabase } from '../db/database';
import type { ItemRef, StoredQuizRecord } from '../db/records';
import { BUNDLED_SETS, isBundled, loadBundledSets } from '../content/bundled-sets';
import { summarizeSet, type SetSummary } from '../content/set-summary';
import { useDb } from './database-context';

/** A set with its passages and statements. */
export interface SetEntry {
  quiz: Quiz;
  bundled: boolean;
}

/** A set as lists show it: its summary, without its statements. */
export interface SummaryEntry {
  summary: SetSummary;
  bundled: boolean;
}

// The same objects on every render, so a list of sets re-renders only the rows whose figures changed.
const BUNDLED_ENTRIES: readonly SummaryEntry[] = BUNDLED_SETS.map((summary) => ({ summary, bundled: true }));
const NO_RECORDS: StoredQuizRecord[] = [];

/** Every set on the device, without statements: the bundled sets' build-time manifest and the teacher's own sets (live). */
export function useSetSummaries(): readonly SummaryEntry[] {
  const db = useDb();
  const own = useLiveQuery(() => db.quizSets.toArray(), [db]) ?? NO_RECORDS;
  return useMemo(() => {
    const mine = own.filter((record) => !isBundled(record.id));
    return mine.length ? [...BUNDLED_ENTRIES, ...mine.map((record) => ({ summary: summarizeSet(record.quiz), bundled: false }))] : BUNDLED_ENTRIES;
  }, [own]);
}

const idsKey = (setIds: readonly string[]) => [...new Set(setIds)].sort().join('\u0000');
const idsOf = (key: string) => (key ? key.split('\u0000') : []);

/**
 * The named sets in full: bundled ones fetched when first asked for (suspends until they are in), the teacher's own
 * read live. Unknown ids are left out; undefined while the own sets are read.
 */
export function useSets(setIds: readonly string[]): SetEntry[] | undefined {
  const db = useDb();
  const key = idsKey(setIds);
  const own = useLiveQuery(() => db.quizSets.bulkGet(idsOf(key).filter((id) => !isBundled(id))), [db, key]);
  const bundled = use(loadBundledSets(idsOf(key)));
  if (!own) return undefined;
  return [...bundled.map((quiz) => ({ quiz, bundled: true })), ...own.flatMap((record) => (record ? [{ quiz: record.quiz, bundled: false }] : []))];
}

/** The named sets in full, for an action (starting a session); unknown ids are left out. */
export async function loadSets(db: FcoDatabase, setIds: readonly string[]): Promise<SetEntry[]> {
  const ids = idsOf(idsKey(setIds));
  const [bundled, own] = await Promise.all([loadBundledSets(ids), db.quizSets.bulkGet(ids.filter((id) => !isBundled(id)))]);
  return [...bundled.map((quiz) => ({ quiz, bundled: true })), ...own.flatMap((record) => (record ? [{ quiz: record.quiz, bundled: false }] : []))];
}

/** Every set on the device in full (suspends until the bundled ones are in): for the classroom's screens. */
export function useAllSets(): SetEntry[] {
  const db = useDb();
  const own = useLiveQuery(() => db.quizSets.toArray(), [db]) ?? [];
  const bundled = use(loadBundledSets());
  return [
    ...bundled.map((quiz) => ({ quiz, bundled: true })),
    ...own.filter((record) => !isBundled(record.id)).map((record) => ({ quiz: record.quiz, bundled: false })),
  ];
}

/** The sets an attempt's statements come from. */
export const setIdsOf = (refs: readonly ItemRef[]): string[] => [...new Set(refs.map((ref) => ref.setId))];

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
