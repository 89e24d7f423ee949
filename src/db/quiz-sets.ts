import { checkQuizText, problem, type Problem } from '../domain/validate-quiz';
import { checkDraft, draftFromQuiz, isBlankDraft, type QuizDraft } from '../domain/quiz-draft';
import type { Quiz } from '../domain/quiz-schema';
import { isSetId } from '../domain/set-id';
import type { FcoDatabase } from './database';
import type { StoredQuizRecord, TeacherDraftRecord } from './records';

/** Larger files are refused before they are parsed. */
export const MAX_QUIZ_FILE_CHARS = 20_000_000;

export type ConflictChoice = 'ask' | 'replace' | 'copy';

export interface ImportOptions {
  onConflict: ConflictChoice;
  /** Ids that cannot be replaced (the bundled sets); a file with one of them can only come in as a copy. */
  reservedIds?: ReadonlySet<string>;
  /** The title of a kept copy; the UI passes a translated one. */
  copyTitle?: (title: string) => string;
  now?: number;
}

export type ImportResult =
  | { kind: 'imported'; quiz: Quiz; replaced: boolean; renamedFrom: string | null }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'conflict'; quiz: Quiz; existingTitle: string; canReplace: boolean };

/** Checks a quiz file in full, then stores it in one transaction; a refused file stores nothing. */
export async function importQuizText(db: FcoDatabase, text: string, options: ImportOptions): Promise<ImportResult> {
  if (text.length > MAX_QUIZ_FILE_CHARS) {
    return { kind: 'refused', problems: [problem('', 'fileTooLarge', { length: text.length, max: MAX_QUIZ_FILE_CHARS })] };
  }
  const checked = checkQuizText(text);
  if (!checked.ok) return { kind: 'refused', problems: checked.problems };
  return storeCheckedQuiz(db, checked.quiz, options);
}

/** The part of an import after the check: stores the set unless its id is taken and the teacher has not chosen. */
async function storeCheckedQuiz(db: FcoDatabase, quiz: Quiz, options: ImportOptions): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  const reserved = options.reservedIds?.has(quiz.id) ?? false;
  return db.transaction('rw', db.quizSets, db.teacherDrafts, async (): Promise<ImportResult> => {
    const existing = await db.quizSets.get(quiz.id);
    const draft = await db.teacherDrafts.get(quiz.id);
    const taken = reserved || existing !== undefined || draft !== undefined;
    if (!taken) {
      await db.quizSets.add({ id: quiz.id, quiz, createdAt: now, updatedAt: now });
      await db.teacherDrafts.delete(quiz.id);
      return { kind: 'imported', quiz, replaced: false, renamedFrom: null };
    }
    if (options.onConflict === 'replace' && !reserved) {
      await db.quizSets.put({ id: quiz.id, quiz, createdAt: existing?.createdAt ?? now, updatedAt: now });
      await db.teacherDrafts.delete(quiz.id);
      return { kind: 'imported', quiz, replaced: true, renamedFrom: null };
    }
    if (options.onConflict === 'copy') {
      const id = await freeCopyId(db, quiz.id, options.reservedIds);
      const copy: Quiz = { ...quiz, id, title: options.copyTitle?.(quiz.title) ?? quiz.title };
      await db.quizSets.add({ id, quiz: copy, createdAt: now, updatedAt: now });
      return { kind: 'imported', quiz: copy, replaced: false, renamedFrom: quiz.id };
    }
    return { kind: 'conflict', quiz, existingTitle: existing?.quiz.title ?? draft?.draft.title ?? quiz.title, canReplace: !reserved };
  });
}

async function freeCopyId(db: FcoDatabase, id: string, reserved: ReadonlySet<string> = new Set()): Promise<string> {
  const base = id.replace(/-copy(?:-\d+)?$/, '').slice(0, 68);
  for (let number = 1; ; number++) {
    const candidate = number === 1 ? `${base}-copy` : `${base}-copy-${number}`;
    if (!reserved.has(candidate) && !(await db.quizSets.get(candidate)) && !(await db.teacherDrafts.get(candidate))) return candidate;
  }
}

/** A new, empty draft; it reaches the students' list once it passes the checks. */
export async function createDraft(db: FcoDatabase, draft: QuizDraft, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.teacherDrafts, async () => {
    await db.teacherDrafts.add({ id: draft.id, draft, updatedAt: now });
  });
}

/** An editable copy of any set (bundled or own), under a new id. */
export async function duplicateSet(db: FcoDatabase, quiz: Quiz, title: string, reservedIds?: ReadonlySet<string>, now = Date.now()): Promise<Quiz> {
  return db.transaction('rw', db.quizSets, db.teacherDrafts, async () => {
    const id = await freeCopyId(db, quiz.id, reservedIds);
    const copy: Quiz = { ...quiz, id, title };
    await db.quizSets.add({ id, quiz: copy, createdAt: now, updatedAt: now });
    return copy;
  });
}

export type SaveOutcome = ({ published: true; quiz: Quiz } | { published: false; problems: Problem[] }) & {
  /** Where the draft is stored now: its own id once that id is free, else where it was. */
  key: string;
};

export interface SaveOptions {
  /** Where the draft is stored; the draft's id differs while the teacher is choosing a new one. */
  key?: string;
  /** Ids the draft can never take (the bundled sets). */
  reservedIds?: ReadonlySet<string>;
}

/**
 * Saves the draft, and in the same transaction publishes it to the students' list when it
 * passes every check; an invalid draft leaves the last valid version in place. A draft whose id
 * the teacher changed moves to that id, while it has never been published and the id is free.
 */
export async function saveDraft(db: FcoDatabase, draft: QuizDraft, now = Date.now(), options: SaveOptions = {}): Promise<SaveOutcome> {
  const checked = checkDraft(draft);
  const from = options.key ?? draft.id;
  return db.transaction('rw', db.quizSets, db.teacherDrafts, async (): Promise<SaveOutcome> => {
    let key = from;
    if (draft.id !== from) {
      const free =
        isSetId(draft.id) &&
        !options.reservedIds?.has(draft.id) &&
        !(await db.quizSets.get(draft.id)) &&
        !(await db.teacherDrafts.get(draft.id)) &&
        !(await db.quizSets.get(from));
      if (free) {
        await db.teacherDrafts.delete(from);
        key = draft.id;
      }
    }
    await db.teacherDrafts.put({ id: key, draft, updatedAt: now });
    if (checked.ok && key === draft.id) {
      const existing = await db.quizSets.get(key);
      await db.quizSets.put({ id: key, quiz: checked.quiz, createdAt: existing?.createdAt ?? now, updatedAt: now });
      return { published: true, quiz: checked.quiz, key };
    }
    return { published: false, problems: checked.ok ? [problem('id', 'idTaken', { id: draft.id })] : checked.problems, key };
  });
}

/** A draft that is still blank and was never published is not kept: leaving a new set unused leaves nothing behind. */
export async function discardBlankDraft(db: FcoDatabase, key: string): Promise<boolean> {
  return db.transaction('rw', db.quizSets, db.teacherDrafts, async () => {
    const record = await db.teacherDrafts.get(key);
    if (!record || !isBlankDraft(record.draft) || (await db.quizSets.get(key))) return false;
    await db.teacherDrafts.delete(key);
    return true;
  });
}

/** The draft to edit: the saved one, else one made from the stored set. */
export async function loadDraft(db: FcoDatabase, id: string): Promise<QuizDraft | undefined> {
  return db.transaction('r', db.quizSets, db.teacherDrafts, async () => {
    const draft = await db.teacherDrafts.get(id);
    if (draft) return draft.draft;
    const stored = await db.quizSets.get(id);
    return stored ? draftFromQuiz(stored.quiz) : undefined;
  });
}

/** Renames the set and its draft together. */
export async function renameSet(db: FcoDatabase, id: string, title: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.quizSets, db.teacherDrafts, async () => {
    await db.quizSets.update(id, (record) => {
      record.quiz = { ...record.quiz, title };
      record.updatedAt = now;
    });
    await db.teacherDrafts.update(id, (record) => {
      record.draft = { ...record.draft, title };
      record.updatedAt = now;
    });
  });
}

/** What a delete took away, so that undo can put it back. */
export interface DeletedSet {
  id: string;
  set: StoredQuizRecord | undefined;
  draft: TeacherDraftRecord | undefined;
}

export async function deleteSet(db: FcoDatabase, id: string): Promise<DeletedSet> {
  return db.transaction('rw', db.quizSets, db.teacherDrafts, async () => {
    const deleted = { id, set: await db.quizSets.get(id), draft: await db.teacherDrafts.get(id) };
    await db.quizSets.delete(id);
    await db.teacherDrafts.delete(id);
    return deleted;
  });
}

/** Undoes a delete, unless a set with the same id has arrived since. Returns whether it did. */
export async function restoreSet(db: FcoDatabase, deleted: DeletedSet): Promise<boolean> {
  return db.transaction('rw', db.quizSets, db.teacherDrafts, async () => {
    if ((await db.quizSets.get(deleted.id)) || (await db.teacherDrafts.get(deleted.id))) return false;
    if (deleted.set) await db.quizSets.add(deleted.set);
    if (deleted.draft) await db.teacherDrafts.add(deleted.draft);
    return true;
  });
}
