import { bundledFiles, bundledSummaries } from 'virtual:bundled-sets';
import type { Quiz } from '../domain/quiz-schema';
import type { SetSummary } from './set-summary';
import { tracked, type Tracked } from '../domain/tracked-promise';

const files = import.meta.glob<Quiz>(['/quizzes/*.json', '!/quizzes/quiz.schema.json'], { import: 'default' });

/** The sets shipped in `quizzes/`, in file-name order, without their statements (a build-time manifest). */
export const BUNDLED_SETS = bundledSummaries as readonly SetSummary[];

export const isBundled = (setId: string): boolean => Object.hasOwn(bundledFiles, setId);

const loadedSets = new Map<string, Tracked<Quiz>>();
const loadedGroups = new Map<string, Tracked<Quiz[]>>();

/** One bundled set with its passages and statements, fetched the first time it is asked for. */
export function loadBundledSet(setId: string): Promise<Quiz> {
  let promise = loadedSets.get(setId);
  if (!promise) {
    const load = files[bundledFiles[setId] ?? ''];
    if (!load) return Promise.reject(new Error(`No bundled set ${setId}`));
    promise = tracked(load());
    // A failed fetch (offline before the worker cached it) is tried again next time.
    promise.catch(() => loadedSets.delete(setId));
    loadedSets.set(setId, promise);
  }
  return promise;
}

/**
 * The bundled sets among `setIds` (others are ignored), in file-name order; the same promise for the same ids,
 * so React's `use` can wait for it. Without ids: every bundled set (the classroom's and teacher's screens).
 */
export function loadBundledSets(setIds: readonly string[] = BUNDLED_SETS.map((set) => set.id)): Promise<Quiz[]> {
  const wanted = new Set(setIds);
  const ids = BUNDLED_SETS.map((set) => set.id).filter((id) => wanted.has(id));
  const key = ids.join('\u0000');
  let promise = loadedGroups.get(key);
  if (!promise) {
    const sets = ids.map(loadBundledSet) as Tracked<Quiz>[];
    promise = tracked(Promise.all(sets));
    if (sets.every((set) => set.status === 'fulfilled')) {
      // Already in: `use` renders at once instead of suspending for a tick.
      promise.status = 'fulfilled';
      promise.value = sets.map((set) => set.value as Quiz);
    }
    promise.catch(() => loadedGroups.delete(key));
    loadedGroups.set(key, promise);
  }
  return promise;
}
