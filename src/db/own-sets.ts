import { liveQuery } from 'dexie';
import type { FcoDatabase } from './database';
import type { StoredQuizRecord, TeacherDraftRecord } from './records';

// Reads of the teacher's own sets, apart from quiz-sets.ts so that the student path does not load the quiz checks.

/** The teacher's own sets, as students see them. */
export function listOwnSets(db: FcoDatabase): Promise<StoredQuizRecord[]> {
  return db.quizSets.toArray();
}

/** The teacher's own sets as they change: `next` with each new list, `error` once if a read fails (which ends it). */
export function watchOwnSets(db: FcoDatabase, watcher: { next: (sets: StoredQuizRecord[]) => void; error: (error: unknown) => void }): void {
  liveQuery(() => listOwnSets(db)).subscribe(watcher);
}

/** The teacher's own sets and their drafts, read together. */
export function listOwnSetsAndDrafts(db: FcoDatabase): Promise<{ sets: StoredQuizRecord[]; drafts: TeacherDraftRecord[] }> {
  return db.transaction('r', db.quizSets, db.teacherDrafts, async () => ({ sets: await db.quizSets.toArray(), drafts: await db.teacherDrafts.toArray() }));
}

/** Whether students can see the set (it has passed the checks at least once). */
export async function isPublished(db: FcoDatabase, id: string): Promise<boolean> {
  return (await db.quizSets.get(id)) !== undefined;
}

/** The teacher's own sets with these ids; an id with no set is left out. */
export async function getOwnSets(db: FcoDatabase, ids: readonly string[]): Promise<StoredQuizRecord[]> {
  return (await db.quizSets.bulkGet([...ids])).filter((record) => record !== undefined);
}
