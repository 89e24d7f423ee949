import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSIONS } from '../../src/db/database';
import snapshot from './db-schema.snapshot.json';

/** Released versions, as committed. Edit this file only to add a new version. */
const released = snapshot as Record<string, Record<string, string>>;
const current = SCHEMA_VERSIONS as unknown as Record<string, Record<string, string>>;
const indexes = (spec: string) => spec.split(',').map((index) => index.trim());

describe('database schema guard', () => {
  test('every released version is still declared exactly as released', () => {
    for (const [version, stores] of Object.entries(released)) {
      expect(current[version], `version ${version}`).toEqual(stores);
    }
  });

  test('every declared version is in the committed snapshot', () => {
    expect(Object.keys(current).sort()).toEqual(Object.keys(released).sort());
  });

  test('no version drops a table, changes a primary key or removes an index of the one before', () => {
    const versions = Object.keys(current).map(Number).sort((a, b) => a - b);
    for (let i = 1; i < versions.length; i++) {
      const before = current[String(versions[i - 1])]!;
      const after = { ...before, ...current[String(versions[i])] };
      for (const [table, spec] of Object.entries(before)) {
        const next = after[table];
        expect(next, `table ${table} in version ${versions[i]}`).toBeTruthy();
        expect(indexes(next!)[0], `primary key of ${table}`).toBe(indexes(spec)[0]);
        for (const index of indexes(spec)) expect(indexes(next!), `index ${index} of ${table}`).toContain(index);
      }
    }
  });
});
