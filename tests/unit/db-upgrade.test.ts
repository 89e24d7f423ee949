import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { FcoDatabase } from '../../src/db/database';
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

/** Writes the fixture the way the released version did: with that version's schema, not the current class. */
async function writeAsReleased(indexedDB: IDBFactory, fixture: Fixture): Promise<void> {
  const old = new Dexie('upgrade-test', { indexedDB, IDBKeyRange });
  old.version(fixture.schemaVersion).stores(fixture.stores);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, records] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(records);
  });
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
});
