import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FcoDatabase } from '../../src/db/database';

/** A database on a fresh in-memory IndexedDB, so tests never share state. */
export function freshDatabase(name = 'test'): FcoDatabase {
  return new FcoDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}
