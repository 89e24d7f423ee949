import { use } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Quiz } from '../../domain/quiz-schema';
import { isBlankDraft, type QuizDraft } from '../../domain/quiz-draft';
import { loadBundledSets } from '../../content/bundled-sets';
import { ownBesideBundled } from '../../domain/set-library';
import { useDb } from '../../shared/database-context';
import { listOwnSetsAndDrafts } from '../../db/own-sets';

export interface TeacherSetEntry {
  id: string;
  title: string;
  bundled: boolean;
  /** The version students see; null while an own set has never passed the checks. */
  quiz: Quiz | null;
  draft: QuizDraft | null;
}

/** Bundled sets first, then the teacher's own (published or still a draft), newest first. Undefined while loading. */
export function useTeacherSets(): TeacherSetEntry[] | undefined {
  const db = useDb();
  const bundled = use(loadBundledSets());
  const own = useLiveQuery(() => listOwnSetsAndDrafts(db), [db]);
  if (!own) return undefined;
  const byId = new Map<string, TeacherSetEntry & { updatedAt: number }>();
  for (const record of ownBesideBundled(bundled, own.sets)) {
    byId.set(record.id, { id: record.id, title: record.quiz.title, bundled: false, quiz: record.quiz, draft: null, updatedAt: record.updatedAt });
  }
  for (const record of ownBesideBundled(bundled, own.drafts)) {
    const entry = byId.get(record.id);
    if (entry) {
      entry.draft = record.draft;
      entry.title = record.draft.title || entry.title;
      entry.updatedAt = Math.max(entry.updatedAt, record.updatedAt);
    } else if (!isBlankDraft(record.draft)) {
      // A new set left before anything was written in it is not a set yet.
      byId.set(record.id, { id: record.id, title: record.draft.title, bundled: false, quiz: null, draft: record.draft, updatedAt: record.updatedAt });
    }
  }
  return [
    ...bundled.map((quiz) => ({ id: quiz.id, title: quiz.title, bundled: true, quiz, draft: null })),
    ...[...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt).map(({ updatedAt: _updatedAt, ...entry }) => entry),
  ];
}

export function useBundledIds(): ReadonlySet<string> {
  return new Set(use(loadBundledSets()).map((quiz) => quiz.id));
}
