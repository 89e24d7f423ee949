import type { FcoDatabase } from './database';
import type { ProfileRecord } from './records';
import { newId } from './ids';
import { checkProfileName, type NameProblem } from '../domain/profile-name';
import { aggregateTables, rebuildAggregates } from './aggregates';
import { loadScheduler } from './scheduler-loader';
import { checkUpSkippedKey } from './check-up-keys';

export const ACTIVE_PROFILE_KEY = 'activeProfile';

export class ProfileNameError extends Error {
  constructor(readonly problem: NameProblem) {
    super(`profile name: ${problem}`);
    this.name = 'ProfileNameError';
  }
}

export async function listProfiles(db: FcoDatabase): Promise<ProfileRecord[]> {
  const profiles = await db.profiles.toArray();
  return profiles.sort((a, b) => a.name.localeCompare(b.name));
}

/** The profile this device remembers, if it still exists. */
export async function activeProfile(db: FcoDatabase): Promise<ProfileRecord | null> {
  return db.transaction('r', db.settings, db.profiles, async () => {
    const setting = await db.settings.get(ACTIVE_PROFILE_KEY);
    return setting ? ((await db.profiles.get(setting.value)) ?? null) : null;
  });
}

/** Remembers the interface language with the learner active on the device now (none: nothing to remember it with). */
export async function setActiveProfileLanguage(db: FcoDatabase, language: string): Promise<void> {
  await db.transaction('rw', db.settings, db.profiles, async () => {
    const setting = await db.settings.get(ACTIVE_PROFILE_KEY);
    if (setting) await db.profiles.update(setting.value, { language });
  });
}

export async function setActiveProfile(db: FcoDatabase, profileId: string | null): Promise<void> {
  await db.transaction('rw', db.settings, db.profiles, async () => {
    if (profileId === null) return db.settings.delete(ACTIVE_PROFILE_KEY);
    if (!(await db.profiles.get(profileId))) throw new Error(`no profile ${profileId}`);
    await db.settings.put({ key: ACTIVE_PROFILE_KEY, value: profileId });
  });
}

async function otherNames(db: FcoDatabase, exceptId?: string): Promise<string[]> {
  return (await db.profiles.toArray()).filter((profile) => profile.id !== exceptId).map((profile) => profile.name);
}

/** Creates a learner and makes them the active one. */
export async function createProfile(db: FcoDatabase, input: { name: string; picture: string }, now = Date.now()): Promise<ProfileRecord> {
  return db.transaction('rw', db.profiles, db.settings, async () => {
    const problem = checkProfileName(input.name, await otherNames(db));
    if (problem) throw new ProfileNameError(problem);
    const profile: ProfileRecord = { id: newId(), name: input.name.trim(), picture: input.picture, createdAt: now };
    await db.profiles.add(profile);
    await db.settings.put({ key: ACTIVE_PROFILE_KEY, value: profile.id });
    return profile;
  });
}

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
