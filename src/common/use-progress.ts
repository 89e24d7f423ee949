import { useLiveQuery } from 'dexie-react-hooks';
import { progressBySet, type SetProgress } from '../db/progress';
import { useDb } from './database-context';
import { useActiveProfileId } from './profile';
import { idsKey, idsOf } from './ids-key';

/** Progress and the open attempt of each set named (quiz sets, mixed practice, review). */
export function useProgressBySet(setIds: readonly string[]): Map<string, SetProgress> | undefined {
  const db = useDb();
  const profileId = useActiveProfileId();
  const key = idsKey(setIds);
  return useLiveQuery(() => progressBySet(db, profileId, idsOf(key)), [db, profileId, key]);
}
