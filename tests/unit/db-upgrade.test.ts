import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { declareSchema, FcoDatabase, LATEST_SCHEMA_VERSION, type SchemaVersion } from '../../src/db/database';
import { loadAttempt } from '../../src/db/attempts';
import snapshot from './db-schema.snapshot.json';

interface Fixture {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, unknown[]>;
}

const released = snapshot as Record<string, Record<string, string>>;
const fixturesFolder = resolve('tests/fixtures');
const fixtures = readdirSync(fixturesFolder)
  .filter((name) => /^db-v\d+$/.test(name))
  .map((name) => ({ name, fixture: JSON.parse(readFileSync(resolve(fixturesFolder, name, 'records.json'), 'utf8')) as Fixture }));

/** The whole schema at a version: each version lists only the tables it changes. */
const schemaAt = (version: number) =>
  Object.entries(released)
    .filter(([number]) => Number(number) <= version)
    .sort(([a], [b]) => Number(a) - Number(b))
    .reduce<Record<string, string>>((stores, [, changes]) => ({ ...stores, ...changes }), {});

const byContent = (records: readonly unknown[]) => records.map((record) => JSON.stringify(record)).sort();

/** Writes the fixture with the database class as that released version opened it, not with the current one. */
async function writeAsReleased(indexedDB: IDBFactory, fixture: Fixture): Promise<void> {
  const old = new FcoDatabase('upgrade-test', { indexedDB, IDBKeyRange }, fixture.schemaVersion);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, records] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(records);
  });
  expect(old.verno, 'the version the fixture was written with').toBe(fixture.schemaVersion);
  old.close();
}

let db: FcoDatabase | undefined;
afterEach(() => db?.close());

describe('databases written by released schema versions', () => {
  test('there is a fixture for every released version', () => {
    expect(fixtures.map(({ fixture }) => String(fixture.schemaVersion)).sort()).toEqual(Object.keys(released).sort());
  });

  test.each(fixtures)('$name is the released schema, with records in every one of its tables', ({ fixture }) => {
    expect(fixture.stores).toEqual(schemaAt(fixture.schemaVersion));
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(fixture.stores).sort());
    for (const [table, records] of Object.entries(fixture.tables)) expect(records.length, table).toBeGreaterThan(0);
  });

  test.each(fixtures)('$name opens with the current database class with every record intact', async ({ fixture }) => {
    const indexedDB = new IDBFactory();
    await writeAsReleased(indexedDB, fixture);

    db = new FcoDatabase('upgrade-test', { indexedDB, IDBKeyRange });
    await db.open();
    for (const [table, records] of Object.entries(fixture.tables)) {
      expect(byContent(await db.table(table).toArray()), table).toEqual(byContent(records));
    }
  });

  test.each(fixtures)('$name can still be read through the indexes the app queries', async ({ fixture }) => {
    const indexedDB = new IDBFactory();
    await writeAsReleased(indexedDB, fixture);
    db = new FcoDatabase('upgrade-test', { indexedDB, IDBKeyRange });

    const attempts = fixture.tables.attempts as { id: string }[];
    const answers = fixture.tables.answers as { attemptId: string; position: number }[];
    for (const attempt of attempts) {
      const loaded = await loadAttempt(db, attempt.id);
      const expected = answers.filter((answer) => answer.attemptId === attempt.id).map((answer) => answer.position);
      expect(loaded?.answers.map((answer) => answer.position), attempt.id).toEqual(expected.sort((a, b) => a - b));
    }
  });

  test.each(fixtures.filter(({ fixture }) => fixture.schemaVersion < LATEST_SCHEMA_VERSION))('$name is upgraded to the current version when the app opens it', async ({ fixture }) => {
    const indexedDB = new IDBFactory();
    await writeAsReleased(indexedDB, fixture);
    db = new FcoDatabase('upgrade-test', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('schema versions applied in a loop', () => {
  const v1: SchemaVersion = { stores: { notes: 'id, owner' } };
  const v2: SchemaVersion = {
    stores: { notes: 'id, owner, [owner+shelf]' },
    upgrade: (transaction) => transaction.table('notes').toCollection().modify((note: { shelf?: string }) => void (note.shelf ??= 'inbox')),
  };
  const open = (indexedDB: IDBFactory, versions: Record<number, SchemaVersion>) => {
    const database = new Dexie('loop-test', { indexedDB, IDBKeyRange });
    declareSchema(database, versions);
    return database;
  };

  test('a version’s upgrade rewrites the records written by the version before, and its new index finds them', async () => {
    const indexedDB = new IDBFactory();
    const before = open(indexedDB, { 1: v1 });
    await before.table('notes').bulkAdd([{ id: 'a', owner: 'ana' }, { id: 'b', owner: 'ana', shelf: 'kept' }]);
    before.close();

    const after = open(indexedDB, { 1: v1, 2: v2 });
    expect(await after.table('notes').orderBy('id').toArray()).toEqual([
      { id: 'a', owner: 'ana', shelf: 'inbox' },
      { id: 'b', owner: 'ana', shelf: 'kept' },
    ]);
    expect((await after.table('notes').where('[owner+shelf]').equals(['ana', 'inbox']).toArray()).map((note: { id: string }) => note.id)).toEqual(['a']);
    after.close();
  });

  test('the database opens as an older version when asked (how old data is written in these tests)', () => {
    const database = new Dexie('loop-order', { indexedDB: new IDBFactory(), IDBKeyRange });
    declareSchema(database, { 2: v2, 1: v1 }, 1);
    expect(database.verno).toBe(1);
  });
});
