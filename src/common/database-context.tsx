import { createContext, useContext, type ReactNode } from 'react';
import type { FcoDatabase } from '../db/database';

const DatabaseContext = createContext<FcoDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: FcoDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDb(): FcoDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDb needs a DatabaseProvider');
  return db;
}
