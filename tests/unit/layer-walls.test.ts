import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FcoDatabase } from '../../src/db/database';

/** Import walls are checked by dependency-cruiser (`npm run lint:imports`); this guards what imports cannot show. */
const tables = new FcoDatabase('layer-walls-test').tables.map((table) => table.name);
const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
const outsideDb = sourceFiles('src').filter((file) => !relative('src', file).startsWith('db/'));
/** The database handle is called `db` everywhere (`useDb()`, and every src/db function's first argument). */
const tableUse = new RegExp(`\\bdb\\s*\\.\\s*(?:${[...tables, 'table', 'tables', 'transaction'].join('|')})\\b`);

describe('layer walls', () => {
  test('the database has tables to look for', () => {
    expect(tables).toContain('answers');
    expect(tables.length).toBeGreaterThan(5);
  });

  test('only src/db reaches a table or opens a transaction; screens and hooks call src/db functions', () => {
    const reaching = outsideDb.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, at: `${file}:${index + 1}` }))
        .filter(({ line }) => tableUse.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(reaching).toEqual([]);
  });
});
