import * as v from 'valibot';
import { exportDB } from 'dexie-export-import';
import type { FcoDatabase } from './database';

/** The whole device (learners, answers, review cards, own sets, class results, settings) as one dexie-export-import file. */
export async function backupDevice(db: FcoDatabase): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

const BackupSchema = v.object({
  formatName: v.literal('dexie', 'expected a backup file of this app'),
  formatVersion: v.literal(1, 'expected backup format 1'),
  data: v.object({
    databaseName: v.string(),
    databaseVersion: v.number(),
    tables: v.array(v.object({ name: v.string(), schema: v.string(), rowCount: v.number() })),
    data: v.array(v.object({ tableName: v.string(), inbound: v.boolean(), rows: v.array(v.record(v.string(), v.unknown())) })),
  }),
});

export type RestoreProblem =
  | { kind: 'notBackup'; detail: string }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'otherApp'; name: string }
  | { kind: 'unknownTable'; table: string };

/**
 * The app stores JSON-like rows only. dexie-export-import's typeson may still tag a plain array as
 * `arrayNonindexKeys` (an array from another realm); such a row revives to itself. Any other tag is refused.
 */
function plainRow(row: Record<string, unknown>): boolean {
  const types = row.$types;
  if (types === undefined) return true;
  if (typeof types !== 'object' || types === null) return false;
  const onlyArrays = Object.entries(types).every(([key, type]) => type === 'arrayNonindexKeys' && Array.isArray(row[key]));
  if (onlyArrays) delete row.$types;
  return onlyArrays;
}

export class RestoreError extends Error {
  constructor(readonly problem: RestoreProblem) {
    super(`backup refused: ${JSON.stringify(problem)}`);
    this.name = 'RestoreError';
  }
}

/**
 * Replaces everything on this device with a backup, in one transaction: the device holds either the backup
 * or, after any failure, exactly what it held before.
 */
export async function restoreDevice(db: FcoDatabase, text: string): Promise<{ rows: number }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RestoreError({ kind: 'notBackup', detail: (error as Error).message });
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = (issue.path ?? []).map((step) => String(step.key)).join('.');
    throw new RestoreError({ kind: 'notBackup', detail: where ? `${where}: ${issue.message}` : issue.message });
  }
  const backup = parsed.output.data;
  if (backup.databaseName !== db.name) throw new RestoreError({ kind: 'otherApp', name: backup.databaseName });
  if (backup.databaseVersion > db.verno) throw new RestoreError({ kind: 'newerVersion', version: backup.databaseVersion });
  const tableNames = new Set(db.tables.map((table) => table.name));
  for (const table of backup.data) {
    if (!tableNames.has(table.tableName)) throw new RestoreError({ kind: 'unknownTable', table: table.tableName });
    if (!table.inbound || !table.rows.every(plainRow)) {
      throw new RestoreError({ kind: 'notBackup', detail: `${table.tableName}: rows this app never writes` });
    }
  }

  return db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    let rows = 0;
    for (const table of backup.data) {
      await db.table(table.tableName).bulkAdd(table.rows);
      rows += table.rows.length;
    }
    return { rows };
  });
}
