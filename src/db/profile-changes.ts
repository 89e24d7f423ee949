import type { FcoDatabase } from './database';
import { checkProfileName } from '../domain/profile-name';
import { aggregateTables, rebuildAggregates } from './aggregates';
import { loadScheduler } from './scheduler-loader';
import { checkUpSkippedKey } from './check-up-keys';
import { ACTIVE_PROFILE_KEY, otherNames, ProfileNameError } from './profiles';

// Renaming, deleting and merging learners: the learners' screen's, apart from what the name question needs (profiles.ts).

export async function renameProfile(db: FcoDatabase, profileId: string, name: string): Promise<void> {
  await db.transaction('rw', db.profiles, async () => {
    const problem = checkProfileName(name, await otherNames(db, profileId));
    if (problem) throw new ProfileNameError(problem);
    const changed = await db.profiles.update(profileId, { name: name.trim() });
    if (!changed && !(await db.profiles.get(profileId))) throw new Error(`no profile ${profileId}`);
  });
}

const learnerTables = (db: FcoDatabase) => [db.profiles, db.settings, db.answers, db.attempts, ...aggregateTables(db)];

/** Deletes a learner with every answer, attempt and review card of theirs. */
export async function deleteProfile(db: FcoDatabase, profileId: string): Promise<void> {
  await db.transaction('rw', learnerTables(db), async () => {
    await db.answers.where('[profileId+setId]').between([profileId, ''], [profileId, '\uffff']).delete();
    await db.attempts.where('profileId').equals(profileId).delete();
    await db.reviewCards.where('profileId').equals(profileId).delete();
    await db.dayStats.where('profileId').equals(profileId).delete();
    await db.profiles.delete(profileId);
    await db.settings.delete(checkUpSkippedKey(profileId));
    const active = await db.settings.get(ACTIVE_PROFILE_KEY);
    if (active?.value === profileId) await db.settings.delete(ACTIVE_PROFILE_KEY);
  });
}

/** Moves every answer and attempt of `fromId` to `intoId`, rebuilds the kept tallies, and removes `fromId`. */
export async function mergeProfiles(db: FcoDatabase, fromId: string, intoId: string): Promise<void> {
  if (fromId === intoId) throw new Error('a profile cannot be merged into itself');
  const schedule = await loadScheduler();
  await db.transaction('rw', learnerTables(db), async () => {
    if (!(await db.profiles.get(fromId)) || !(await db.profiles.get(intoId))) throw new Error('both profiles must exist');
    await db.answers.where('[profileId+setId]').between([fromId, ''], [fromId, '\uffff']).modify({ profileId: intoId });
    await db.attempts.where('profileId').equals(fromId).modify({ profileId: intoId });
    await db.reviewCards.where('profileId').equals(fromId).delete();
    await db.dayStats.where('profileId').equals(fromId).delete();
    await rebuildAggregates(db, intoId, schedule);
    await db.profiles.delete(fromId);
    const active = await db.settings.get(ACTIVE_PROFILE_KEY);
    if (active?.value === fromId) await db.settings.put({ key: ACTIVE_PROFILE_KEY, value: intoId });
  });
}
