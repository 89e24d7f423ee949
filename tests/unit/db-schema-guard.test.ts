import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSIONS } from '../../src/db/database';
import snapshot from './db-schema.snapshot.json';

/** Released versions, as committed. Edit this file only to add a new version. */
const released = snapshot as Record<string, Record<string, string>>;
const current = Object.fromEntries(Object.entries(SCHEMA_VERSIONS).map(([version, { stores }]) => [version, stores]));
const indexes = (spec: string) => spec.split(',').map((index) => index.trim());

/** What a version breaks of the one before: a dropped table, a changed primary key, a removed index. */
function breakingChanges(versions: Record<string, Record<string, string | null>>): string[] {
  const numbers = Object.keys(versions).map(Number).sort((a, b) => a - b);
  const found: string[] = [];
  let before: Record<string, string | null> = {};
  for (const number of numbers) {
    const after = { ...before, ...versions[String(number)] };
    for (const [table, spec] of Object.entries(before)) {
      if (spec === null) continue;
      const next = after[table];
      if (!next) {
        found.push(`version ${number} drops ${table}`);
        continue;
      }
      if (indexes(next)[0] !== indexes(spec)[0]) found.push(`version ${number} changes the primary key of ${table}`);
      for (const index of indexes(spec)) if (!indexes(next).includes(index)) found.push(`version ${number} removes ${index} from ${table}`);
    }
    before = after;
  }
  return found;
}

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
    expect(breakingChanges(current)).toEqual([]);
  });

  test('the guard finds each kind of breaking change', () => {
    const v1 = { answers: 'id, [profileId+setId]', attempts: 'id, profileId' };
    expect(breakingChanges({ 1: v1, 2: { attempts: 'id, profileId, startedAt' } })).toEqual([]);
    expect(breakingChanges({ 1: v1, 2: { attempts: null } })).toEqual(['version 2 drops attempts']);
    expect(breakingChanges({ 1: v1, 2: { answers: '++key, [profileId+setId]' } })).toEqual(['version 2 changes the primary key of answers', 'version 2 removes id from answers']);
    expect(breakingChanges({ 1: v1, 2: {}, 3: { answers: 'id' } })).toEqual(['version 3 removes [profileId+setId] from answers']);
  });
});
