import { checkDraft } from '../../domain/quiz-draft';
import type { Quiz } from '../../domain/quiz-schema';
import { use } from 'react';
import { loadBundledSet } from '../../content/bundled-sets';
import { useTeacherSets } from './use-teacher-sets';

export type TeacherSetView = { state: 'loading' } | { state: 'missing' } | { state: 'invalid'; problemCount: number } | { state: 'ready'; quiz: Quiz; bundled: boolean };

/** The set as it stands now: the draft when it passes the checks, else the version students see. */
export function useTeacherSet(setId: string): TeacherSetView {
  const sets = useTeacherSets();
  if (!sets) return { state: 'loading' };
  const entry = sets.find((candidate) => candidate.id === setId);
  if (!entry) return { state: 'missing' };
  if (entry.draft) {
    const checked = checkDraft(entry.draft);
    if (checked.ok) return { state: 'ready', quiz: checked.quiz, bundled: false };
    if (!entry.quiz) return { state: 'invalid', problemCount: checked.problems.length };
  }
  if (entry.bundled) return { state: 'ready', quiz: use(loadBundledSet(entry.id)), bundled: true };
  return entry.quiz ? { state: 'ready', quiz: entry.quiz, bundled: false } : { state: 'missing' };
}
