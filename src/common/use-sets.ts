import { use, useCallback, useMemo, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { mergeSets, ownBesideBundled, practiceSets, type SetEntry } from '../domain/set-library';
import type { ItemRef } from '../domain/statement-key';
import { BUNDLED_SETS, isBundled, loadBundledSets } from '../content/bundled-sets';
import { summarizeSet, type SetSummary } from '../content/set-summary';
import type { FcoDatabase } from '../db/database';
import type { StoredQuizRecord } from '../db/records';
import { getOwnSets, watchOwnSets } from '../db/own-sets';
import { useDb } from './database-context';
import { idsKey, idsOf } from './ids-key';

export type { ResolvedStatement, SetEntry } from '../domain/set-library';

/** A set as lists show it: its summary, without its statements. */
export interface SummaryEntry {
  summary: SetSummary;
  bundled: boolean;
}

/** The teacher's own sets as one live query for the session: its latest result, and who to tell when it changes. */
interface OwnSetsFeed {
  current: StoredQuizRecord[] | undefined;
  /** A read that failed after the first: the feed has ended, and screens say so instead of showing sets that no longer follow the device. */
  failed: { error: unknown } | null;
  /** Given React's `status` and `value` (or `reason`) when it settles, so `use` then renders at once instead of suspending. */
  first: Promise<StoredQuizRecord[]>;
  listeners: Set<() => void>;
}

const feeds = new WeakMap<FcoDatabase, OwnSetsFeed>();
/**
 * The feed of the teacher's own sets, started at the first screen that needs them and kept for the session, so a
 * screen opened later has them at once and as they are now. A failed read, first or later, ends the feed, and its
 * error stays the answer (the screen says what went wrong, and its "Try again" reloads the page, which reads everything anew).
 */
function feedOf(db: FcoDatabase): OwnSetsFeed {
  const known = feeds.get(db);
  if (known) return known;
  let settle: { resolve: (value: StoredQuizRecord[]) => void; reject: (error: unknown) => void };
  const first = new Promise<StoredQuizRecord[]>((resolve, reject) => (settle = { resolve, reject }));
  // A read that fails before anyone waits for it must not be an unhandled rejection.
  first.catch(() => undefined);
  const feed: OwnSetsFeed = { current: undefined, failed: null, first, listeners: new Set() };
  feeds.set(db, feed);
  watchOwnSets(db, {
    next: (sets) => {
      if (!feed.current) Object.assign(first, { status: 'fulfilled', value: sets });
      feed.current = sets;
      settle.resolve(sets);
      for (const listener of feed.listeners) listener();
    },
    error: (error) => {
      if (!feed.current) Object.assign(first, { status: 'rejected', reason: error });
      settle.reject(error);
      feed.failed = { error };
      for (const listener of feed.listeners) listener();
    },
  });
  return feed;
}

/** Starts the feed of the teacher's own sets before a screen asks for them; settles with its first read. */
export function readOwnSets(db: FcoDatabase): Promise<StoredQuizRecord[]> {
  return feedOf(db).first;
}

/** The teacher's own sets, live; suspends until they have been read, so no screen works with them missing. */
function useOwnSets(): StoredQuizRecord[] {
  const db = useDb();
  const feed = feedOf(db);
  const current = useSyncExternalStore(
    useCallback(
      (onChange: () => void) => {
        feed.listeners.add(onChange);
        return () => feed.listeners.delete(onChange);
      },
      [feed],
    ),
    () => feed.failed ?? feed.current,
  );
  if (current && 'error' in current) throw current.error;
  // Called on every render (not only while nothing is read), as React asks of use(); at once when already read.
  const firstRead = use(feed.first);
  return current ?? firstRead;
}

/**
 * Bundled sets and the teacher's own sets (live), in full. Suspends until both have been read once, so no screen
 * works with the own sets missing (a result file checked against the key before they load would find no key).
 * For the classroom's screens, which need every set's key.
 */
export function useAllSets(): SetEntry[] {
  const bundled = use(loadBundledSets());
  return mergeSets(bundled, useOwnSets());
}

// The same objects on every render, so a list of sets re-renders only the rows whose figures changed.
const BUNDLED_ENTRIES: readonly SummaryEntry[] = BUNDLED_SETS.map((summary) => ({ summary, bundled: true }));
const PRACTICE_BUNDLED_ENTRIES: readonly SummaryEntry[] = practiceSets(BUNDLED_ENTRIES);

/** Every set on the device, without statements: the bundled sets' build-time manifest and the teacher's own sets (live). */
export function useSetSummaries(): readonly SummaryEntry[] {
  const own = useOwnSets();
  return useMemo(() => {
    const mine = ownBesideBundled(BUNDLED_SETS, own);
    return mine.length ? [...BUNDLED_ENTRIES, ...mine.map((record) => ({ summary: summarizeSet(record.quiz), bundled: false }))] : BUNDLED_ENTRIES;
  }, [own]);
}

/** A teacher's own set in full (live), undefined for any other id: its page shows what the summary leaves out. */
export function useOwnSet(setId: string): StoredQuizRecord['quiz'] | undefined {
  return useOwnSets().find((record) => record.id === setId)?.quiz;
}

/** Every set but the check-ups, without statements: Home's path and lists, mixed practice, review, a set's page, My progress. */
export function usePracticeSummaries(): readonly SummaryEntry[] {
  const sets = useSetSummaries();
  return useMemo(() => (sets === BUNDLED_ENTRIES ? PRACTICE_BUNDLED_ENTRIES : practiceSets(sets)), [sets]);
}

/** The named sets in full, for an action (starting a session) or a live query; unknown ids are left out. */
export async function loadSets(db: FcoDatabase, setIds: readonly string[]): Promise<SetEntry[]> {
  const ids = idsOf(idsKey(setIds));
  const [bundled, own] = await Promise.all([loadBundledSets(ids), getOwnSets(db, ids.filter((id) => !isBundled(id)))]);
  return mergeSets(bundled, own);
}

/**
 * The named sets in full: bundled ones fetched when first asked for (suspends until they are in), the teacher's own
 * read live. Unknown ids are left out; undefined while the own sets are read.
 */
export function useSets(setIds: readonly string[]): SetEntry[] | undefined {
  const db = useDb();
  const key = idsKey(setIds);
  // Keyed by the own sets alone: a screen whose list of bundled sets grows (My progress, once its figures are read)
  // keeps its read instead of starting another and waiting for it.
  const ownKey = idsKey(idsOf(key).filter((id) => !isBundled(id)));
  // A live query shows its last result while it reads for new ids: a result read for other ids is still loading.
  const own = useLiveQuery(async () => ({ ownKey, sets: await getOwnSets(db, idsOf(ownKey)) }), [db, ownKey]);
  const bundled = use(loadBundledSets(idsOf(key)));
  // Bundled sets alone wait for nothing more (the first render of a play address, its set fetched before it).
  if (!ownKey) return mergeSets(bundled, []);
  return own && own.ownKey === ownKey ? mergeSets(bundled, own.sets) : undefined;
}

/** The sets an attempt's statements come from. */
export const setIdsOf = (refs: readonly ItemRef[]): string[] => [...new Set(refs.map((ref) => ref.setId))];
