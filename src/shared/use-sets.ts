import { use } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { mergeSets, practiceSets, type SetEntry } from '../domain/set-library';
import { loadBundledSets } from '../content/bundled-sets';
import type { FcoDatabase } from '../db/database';
import type { StoredQuizRecord } from '../db/records';
import { listOwnSets } from '../db/own-sets';
import { useDb } from './database-context';

export type { ResolvedStatement, SetEntry } from '../domain/set-library';

const firstRead = new WeakMap<FcoDatabase, Promise<StoredQuizRecord[]>>();
const firstReadOf = (db: FcoDatabase) => firstRead.get(db) ?? firstRead.set(db, listOwnSets(db)).get(db)!;

/**
 * Bundled sets and the teacher's own sets (live). Suspends until both have been read once, so no screen works
 * with the own sets missing (a result file checked against the key before they load would find no key).
 */
export function useAllSets(): SetEntry[] {
  const db = useDb();
  const bundled = use(loadBundledSets());
  const live = useLiveQuery(() => listOwnSets(db), [db]);
  const own = live ?? use(firstReadOf(db));
  return mergeSets(bundled, own);
}

/** Every set but the check-ups: Home's path and lists, mixed practice, review. */
export function usePracticeSets(): SetEntry[] {
  return practiceSets(useAllSets());
}
