import type { FcoDatabase } from './database';
import type { ProfileRecord } from './records';
import { newId } from './ids';
import { checkProfileName, type NameProblem } from '../domain/profile-name';

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

/** The names of every other learner, which a new or changed name must not repeat. */
export async function otherNames(db: FcoDatabase, exceptId?: string): Promise<string[]> {
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
