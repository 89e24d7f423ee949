import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { FcoDatabase } from '../../src/db/database';
import { startAttempt } from '../../src/db/attempts';
import { createProfile, setActiveProfile } from '../../src/db/profiles';
import { BUNDLED_SETS } from '../../src/content/bundled-sets';
import { freshDatabase } from './db-helpers';

type FirstReads = typeof import('../../src/common/first-reads');
let db: FcoDatabase;
let reads: FirstReads;
// What was read for the first render is the module's own: each test starts from a fresh copy.
beforeEach(async () => {
  vi.resetModules();
  reads = await import('../../src/common/first-reads');
  db = freshDatabase();
});
afterEach(() => db.close());

describe('the first screen read before its first render', () => {
  test("a play address: the active learner, the attempt, and its set's statements fetched", async () => {
    const profile = await createProfile(db, { name: 'Rania', picture: 'cat' });
    await setActiveProfile(db, profile.id);
    const setId = BUNDLED_SETS[0]!.id;
    const attempt = await startAttempt(db, { profileId: profile.id, setId, mode: 'practice', items: [{ setId, itemId: 'x' }] });

    await reads.readFirstScreen(db, `/play/${attempt.id}`);
    expect(reads.firstProfile()?.id).toBe(profile.id);
    expect(reads.firstAttempt(attempt.id)?.attempt.id).toBe(attempt.id);
    expect(reads.firstAttempt('another')).toBeUndefined();
    // The same module the reads used: the set is in, so the play screen's first render does not wait for it.
    const { loadBundledSets } = await import('../../src/content/bundled-sets');
    expect((loadBundledSets([setId]) as Promise<unknown> & { status?: string }).status).toBe('fulfilled');
  });

  test('an attempt that is not there is read as missing; no learner is read as none', async () => {
    await reads.readFirstScreen(db, '/play/none');
    expect(reads.firstAttempt('none')).toBeNull();
    expect(reads.firstProfile()).toBeNull();
  });

  test('once forgotten, nothing is kept, not even a read that lands afterwards', async () => {
    const profile = await createProfile(db, { name: 'Omar', picture: 'cat' });
    await setActiveProfile(db, profile.id);
    const reading = reads.readFirstScreen(db, '/');
    reads.forgetFirstReads();
    await reading;
    expect(reads.firstProfile()).toBeUndefined();
  });
});
