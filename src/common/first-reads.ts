import type { FcoDatabase } from '../db/database';
import type { ProfileRecord } from '../db/records';
import { activeProfile } from '../db/profiles';
import { loadAttempt, type AttemptState } from '../db/attempts';
import { loadBundledSets } from '../content/bundled-sets';
import { parseRoute } from './router';
import { readOwnSets, setIdsOf } from './use-sets';

/** Screens that list the sets and wait for the teacher's own sets before they show. */
const LISTS_SETS = new Set(['home', 'set', 'progress', 'checkUp']);

/** What was read for the first render; null once it is built. */
let found: { profile?: ProfileRecord | null; attempt?: { id: string; stored: AttemptState | null } } | null = {};

/**
 * Reads what the first screen shows before React first builds it, all at once: the active learner, a play address's
 * attempt and then its set's statements, a list's own sets. The first render then shows the screen instead of
 * "Loading…" and a second render once each read is in. Resolves once every read is in or has failed.
 */
export async function readFirstScreen(db: FcoDatabase, path: string): Promise<void> {
  const route = parseRoute(path);
  const reads: Promise<unknown>[] = [
    activeProfile(db).then((profile) => {
      if (found) found.profile = profile;
    }),
  ];
  if (route.screen === 'play') {
    reads.push(
      loadAttempt(db, route.attemptId).then((stored) => {
        if (found) found.attempt = { id: route.attemptId, stored: stored ?? null };
        return stored && loadBundledSets(setIdsOf(stored.attempt.items));
      }),
    );
  }
  if (LISTS_SETS.has(route.screen)) reads.push(readOwnSets(db));
  await Promise.allSettled(reads);
}

/** Once the first render is built, what was read for it is no longer current: later screens read for themselves. */
export function forgetFirstReads(): void {
  found = null;
}

/** The active learner as read for the first render; undefined when not read (or after it). */
export const firstProfile = (): ProfileRecord | null | undefined => found?.profile;

/** The attempt as read for the first render, when it is this one; undefined when not read (or after it). */
export const firstAttempt = (attemptId: string): AttemptState | null | undefined => (found?.attempt?.id === attemptId ? found.attempt.stored : undefined);
