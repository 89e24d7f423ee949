import * as v from 'valibot';
import { exportDB } from 'dexie-export-import';
import type { FcoDatabase } from './database';
import { keepAggregates } from './aggregates';
import { checkQuiz, formatProblem } from '../domain/validate-quiz';
import { TEACHER_LOCK_KEY } from './teacher-lock';

/** The whole device (learners, answers, review cards, own sets, class results, settings) as one dexie-export-import file. */
export async function backupDevice(db: FcoDatabase): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

const BackupSchema = v.object({
  formatName: v.literal('dexie'),
  formatVersion: v.literal(1),
  data: v.object({
    databaseName: v.string(),
    databaseVersion: v.number(),
    tables: v.array(v.object({ name: v.string(), schema: v.string(), rowCount: v.number() })),
    data: v.array(v.object({ tableName: v.string(), inbound: v.boolean(), rows: v.array(v.record(v.string(), v.unknown())) })),
  }),
});

export type RestoreProblem =
  | { kind: 'unreadable' }
  | { kind: 'notBackup' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'otherApp'; name: string }
  | { kind: 'strangeRows'; table: string; row: number }
  | { kind: 'badSet'; set: string; problem: string };

export class RestoreError extends Error {
  constructor(readonly problem: RestoreProblem) {
    super(`backup refused: ${JSON.stringify(problem)}`);
    this.name = 'RestoreError';
  }
}

/** How much came back, for the message a teacher reads. */
export interface RestoreCount {
  learners: number;
  answers: number;
  sets: number;
  classAnswers: number;
}

const unescape = (step: string) => step.replace(/~1/g, '.').replace(/~0/g, '~');

/** The value at a typeson key path such as `quiz.items.0.cues` (dots separate steps; `~1` is a dot inside a key). */
function atPath(row: Record<string, unknown>, path: string): { parent: Record<string, unknown>; key: string } | null {
  const steps = path.split('.').map(unescape);
  let parent: unknown = row;
  for (const step of steps.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return null;
    parent = (parent as Record<string, unknown>)[step];
  }
  if (typeof parent !== 'object' || parent === null) return null;
  return { parent: parent as Record<string, unknown>, key: steps[steps.length - 1] as string };
}

/**
 * The app stores JSON-like rows only, but dexie-export-import's typeson tags every array inside a row
 * (`arrayNonindexKeys`, keyed by a dotted path) and every property holding `undefined` (`undef`).
 * Both revive to plain values here; any other tag (dates, blobs, maps…) is a row this app never writes.
 */
function plainRow(row: Record<string, unknown>): boolean {
  const types = row.$types;
  if (types === undefined) return true;
  if (typeof types !== 'object' || types === null) return false;
  delete row.$types;
  for (const [path, type] of Object.entries(types)) {
    const place = path === '' ? null : atPath(row, path);
    if (!place) return false;
    const value = place.parent[place.key];
    if (type === 'arrayNonindexKeys' && Array.isArray(value)) continue;
    if (type === 'undef' && value === 0) {
      delete place.parent[place.key];
      continue;
    }
    return false;
  }
  return true;
}

function readBackup(text: string): v.InferOutput<typeof BackupSchema>['data'] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new RestoreError({ kind: 'unreadable' });
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) throw new RestoreError({ kind: 'notBackup' });
  return parsed.output.data;
}

/**
 * Replaces everything on this device with a backup, in one transaction: the device holds either the backup
 * or, after any failure, exactly what it held before. Restored sets pass the same check as an imported file.
 * The teacher lock of this device stays: whoever restores knows its PIN, and a backup without one must not unlock it.
 */
export async function restoreDevice(db: FcoDatabase, text: string): Promise<RestoreCount> {
  const backup = readBackup(text);
  if (backup.databaseName !== db.name) throw new RestoreError({ kind: 'otherApp', name: backup.databaseName });
  if (backup.databaseVersion > db.verno) throw new RestoreError({ kind: 'newerVersion', version: backup.databaseVersion });
  const tableNames = new Set(db.tables.map((table) => table.name));
  for (const table of backup.data) {
    if (!tableNames.has(table.tableName)) throw new RestoreError({ kind: 'newerVersion', version: backup.databaseVersion });
    const bad = table.inbound ? table.rows.findIndex((row) => !plainRow(row)) : 0;
    if (bad >= 0) throw new RestoreError({ kind: 'strangeRows', table: table.tableName, row: bad });
  }
  for (const row of backup.data.find((table) => table.tableName === 'quizSets')?.rows ?? []) {
    const quiz = row.quiz as { title?: unknown } | undefined;
    const name = typeof quiz?.title === 'string' ? quiz.title : String(row.id);
    const check = checkQuiz(quiz);
    if (!check.ok) throw new RestoreError({ kind: 'badSet', set: name, problem: formatProblem(check.problems[0]!) });
    if (check.quiz.id !== row.id) throw new RestoreError({ kind: 'badSet', set: name, problem: `id: "${String(row.id)}" does not match the set's own id "${check.quiz.id}"` });
  }
  const rowsOf = (name: string) => backup.data.find((table) => table.tableName === name)?.rows ?? [];

  const count = await db.transaction('rw', db.tables, async () => {
    const lock = await db.settings.get(TEACHER_LOCK_KEY);
    for (const table of db.tables) await table.clear();
    for (const table of backup.data) await db.table(table.tableName).bulkAdd(table.rows);
    if (lock) await db.settings.put(lock);
    return {
      learners: rowsOf('profiles').length,
      answers: rowsOf('answers').length,
      sets: rowsOf('quizSets').length,
      classAnswers: rowsOf('classAnswers').length,
    };
  });
  // Answers the backed-up device had not yet folded count at once, not at the next answer or start (a failure leaves them waiting for those).
  await keepAggregates(db).catch(() => undefined);
  return count;
}
