import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { activeProfile } from '../db/profiles';
import { useDb } from './database-context';
import { ActiveProfileContext } from './profile';

export function ProfileProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const profile = useLiveQuery(() => activeProfile(db), [db]);
  return <ActiveProfileContext.Provider value={profile}>{children}</ActiveProfileContext.Provider>;
}
