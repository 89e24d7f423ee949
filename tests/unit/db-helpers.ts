import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FcoDatabase } from '../../src/db/database';
import { recordAnswer, type AnswerInput } from '../../src/db/attempts';
import type { AnswerRecord } from '../../src/db/records';

let databases = 0;
/** A database on a fresh in-memory IndexedDB, with a name of its own (Dexie tells live queries of changes by name), so tests never share state. */
export function freshDatabase(name = `test-${++databases}`): FcoDatabase {
  return new FcoDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Records an answer as the play screen does and waits for its follow-up, so the kept aggregates hold it. */
export async function answerAndKeep(db: FcoDatabase, input: AnswerInput, now?: number): Promise<AnswerRecord> {
  const { answer, aggregatesKept } = await recordAnswer(db, input, now);
  await aggregatesKept;
  return answer;
}
