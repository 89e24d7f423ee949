import { afterEach, describe, expect, test } from 'vitest';
import { recordAnswer, startAttempt } from '../../src/db/attempts';
import { createProfile, listProfiles } from '../../src/db/profiles';
import { backupDevice, RestoreError, restoreDevice } from '../../src/db/backup';
import type { FcoDatabase } from '../../src/db/database';
import { freshDatabase } from './db-helpers';
import { DATABASE_NAME } from '../../src/db/database';

let db: FcoDatabase;
afterEach(() => db?.close());

async function fill(name: string) {
  const profile = await createProfile(db, { name, picture: 'owl' });
  const attempt = await startAttempt(db, { profileId: profile.id, setId: 'a', mode: 'practice', items: [{ setId: 'a', itemId: 'i1' }] });
  await recordAnswer(db, { attemptId: attempt.id, position: 0, chosen: 'opinion', correct: false, advance: true });
}

async function contents() {
  return {
    profiles: (await listProfiles(db)).map((profile) => profile.name),
    answers: await db.answers.count(),
    cards: await db.reviewCards.count(),
    days: await db.dayStats.count(),
    settings: (await db.settings.toArray()).length,
  };
}

describe('device backup', () => {
  test('back up, wipe, restore: everything is back', async () => {
    db = freshDatabase(DATABASE_NAME);
    await fill('Ana');
    await fill('سارة');
    const before = await contents();
    const text = await (await backupDevice(db)).text();
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
    expect((await contents()).answers).toBe(0);
    await restoreDevice(db, text);
    expect(await contents()).toEqual(before);
  });

  test('a backup from a newer app version is refused and changes nothing', async () => {
    db = freshDatabase(DATABASE_NAME);
    await fill('Ana');
    const backup = JSON.parse(await (await backupDevice(db)).text()) as { data: { databaseVersion: number } };
    backup.data.databaseVersion = 99;
    await fill('Ben');
    const before = await contents();
    await expect(restoreDevice(db, JSON.stringify(backup))).rejects.toMatchObject({ problem: { kind: 'newerVersion', version: 99 } });
    expect(await contents()).toEqual(before);
  });

  test('a restore that fails half-way leaves the device as it was', async () => {
    db = freshDatabase(DATABASE_NAME);
    await fill('Ana');
    const backup = JSON.parse(await (await backupDevice(db)).text()) as { data: { data: { tableName: string; rows: unknown[] }[] } };
    const answers = backup.data.data.find((table) => table.tableName === 'answers');
    answers?.rows.push(answers.rows[0]);
    await fill('Ben');
    const before = await contents();
    await expect(restoreDevice(db, JSON.stringify(backup))).rejects.toThrow();
    expect(await contents()).toEqual(before);
  });

  test('a file that is not a backup is refused with a reason', async () => {
    db = freshDatabase(DATABASE_NAME);
    await expect(restoreDevice(db, '{"formatName":"other"}')).rejects.toBeInstanceOf(RestoreError);
    await expect(restoreDevice(db, 'not json')).rejects.toMatchObject({ problem: { kind: 'notBackup' } });
  });
});
