import { useLiveQuery } from 'dexie-react-hooks';
import type { Quiz } from '../../domain/quiz-schema';
import { isBlankDraft, type QuizDraft } from '../../domain/quiz-draft';
import { BUNDLED_SETS, loadBundledSet } from '../../content/bundled-sets';
import { summarizeSet, type SetSummary } from '../../content/set-summary';
import { ownBesideBundled } from '../../domain/set-library';
import { useDb } from '../../common/database-context';
import { listOwnSetsAndDrafts } from '../../db/own-sets';

export interface TeacherSetEntry {
  id: string;
  title: string;
  bundled: boolean;
  /** The version students see, without its statements; null while an own set has never passed the checks. */
  published: SetSummary | null;
  /** An own set's published version in full (a bundled set's is fetched by `publishedSet`). */
  quiz: Quiz | null;
  draft: QuizDraft | null;
}

/** The version students see, in full: an own set's is on hand, a bundled set's is fetched. */
export function publishedSet(entry: TeacherSetEntry): Promise<Quiz | null> {
  return entry.bundled ? loadBundledSet(entry.id) : Promise.resolve(entry.quiz);
}

/** Bundled sets first (from the build-time manifest), then the teacher's own (published or still a draft), newest first. Undefined while loading. */
export function useTeacherSets(): TeacherSetEntry[] | undefined {
  const db = useDb();
  const own = useLiveQuery(() => listOwnSetsAndDrafts(db), [db]);
  if (!own) return undefined;
  const byId = new Map<string, TeacherSetEntry & { updatedAt: number }>();
  for (const record of ownBesideBundled(BUNDLED_SETS, own.sets)) {
    byId.set(record.id, { id: record.id, title: record.quiz.title, bundled: false, published: summarizeSet(record.quiz), quiz: record.quiz, draft: null, updatedAt: record.updatedAt });
  }
  for (const record of ownBesideBundled(BUNDLED_SETS, own.drafts)) {
    const entry = byId.get(record.id);
    if (entry) {
      entry.draft = record.draft;
      entry.title = record.draft.title || entry.title;
      entry.updatedAt = Math.max(entry.updatedAt, record.updatedAt);
    } else if (!isBlankDraft(record.draft)) {
      // A new set left before anything was written in it is not a set yet.
      byId.set(record.id, { id: record.id, title: record.draft.title, bundled: false, published: null, quiz: null, draft: record.draft, updatedAt: record.updatedAt });
    }
  }
  return [
    ...BUNDLED_SETS.map((summary) => ({ id: summary.id, title: summary.title, bundled: true, published: summary, quiz: null, draft: null })),
    ...[...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt).map(({ updatedAt: _updatedAt, ...entry }) => entry),
  ];
}

export function useBundledIds(): ReadonlySet<string> {
  return new Set(BUNDLED_SETS.map((set) => set.id));
}
