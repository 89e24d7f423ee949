import { useLiveQuery } from 'dexie-react-hooks';
import { progressBySet, type SetProgress } from '../db/progress';
import { useDb } from './database-context';
import { useActiveProfileId } from './profile';

export function useProgressBySet(): Map<string, SetProgress> | undefined {
  const db = useDb();
  const profileId = useActiveProfileId();
  return useLiveQuery(() => progressBySet(db, profileId), [db, profileId]);
}
