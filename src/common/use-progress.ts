import { useLiveQuery } from 'dexie-react-hooks';
import { progressBySet, type SetProgress } from '../db/progress';
import { useDb } from './database-context';
import { useActiveProfileId } from './profile';

/** Progress and the open attempt of each set named (quiz sets, mixed practice, review). */
export function useProgressBySet(setIds: readonly string[]): Map<string, SetProgress> | undefined {
  const db = useDb();
  const profileId = useActiveProfileId();
  const key = setIds.join('\u0000');
  return useLiveQuery(() => progressBySet(db, profileId, key.split('\u0000')), [db, profileId, key]);
}
