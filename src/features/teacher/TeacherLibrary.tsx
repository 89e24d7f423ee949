import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireTeacher } from '../../common/teacher-lock';
import { createDraft, deleteSet, duplicateSet, renameSet, restoreSet, type DeletedSet } from '../../db/quiz-sets';
import { emptyDraft } from '../../domain/quiz-draft';
import { newId } from '../../db/ids';
import { useDb } from '../../common/database-context';
import { navigate, paths } from '../../common/router';
import { StorageMessage } from '../../common/StorageMessage';
import { TeacherUnlockedBar } from '../../common/TeacherUnlockedBar';
import { ImportPanel } from './ImportPanel';
import { SetRow } from './SetRow';
import { publishedSet, useBundledIds, useTeacherSets, type TeacherSetEntry } from './use-teacher-sets';
import './teacher.css';

/** The teacher's area: every set, bundled (read-only) and own, with import, export and editing. */
export function TeacherLibrary() {
  const { t } = useTranslation('teacher');
  const db = useDb();
  const sets = useTeacherSets();
  const reservedIds = useBundledIds();
  const [deleted, setDeleted] = useState<{ record: DeletedSet; title: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    }
  };

  const create = () =>
    attempt(async () => {
      if (!(await requireTeacher())) return;
      const id = `set-${newId().slice(0, 8)}`;
      await createDraft(db, emptyDraft(id));
      navigate(paths.teacherEdit(id));
    });
  const duplicate = (entry: TeacherSetEntry) =>
    attempt(async () => {
      if (!(await requireTeacher())) return;
      const quiz = await publishedSet(entry);
      if (!quiz) return;
      const copy = await duplicateSet(db, quiz, t('copyTitle', { title: quiz.title }), reservedIds);
      navigate(paths.teacherEdit(copy.id));
    });
  const rename = (entry: TeacherSetEntry, title: string) =>
    attempt(async () => {
      if (!(await requireTeacher())) return;
      await renameSet(db, entry.id, title);
      setNotice(t('library.renamed', { title }));
    });
  const remove = (entry: TeacherSetEntry) =>
    attempt(async () => {
      if (!(await requireTeacher())) return;
      const record = await deleteSet(db, entry.id);
      setDeleted({ record, title: entry.title || t('untitled') });
      setNotice(null);
    });
  const undoDelete = () =>
    attempt(async () => {
      if (!deleted || !(await requireTeacher())) return;
      const restored = await restoreSet(db, deleted.record);
      setNotice(restored ? t('library.restored', { title: deleted.title }) : t('library.cannotRestore', { title: deleted.title }));
      setDeleted(null);
    });

  const bundled = sets?.filter((entry) => entry.bundled) ?? [];
  const own = sets?.filter((entry) => !entry.bundled) ?? [];

  return (
    <section className="teacher-library" aria-labelledby="library-title">
      <h1 id="library-title">{t('library.title')}</h1>
      <p className="lead">{t('library.lead')}</p>
      <TeacherUnlockedBar />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void create()}>
          {t('library.new')}
        </button>
      </div>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
      <div role="status" className="library-notice">
        {deleted ? (
          <>
            {t('library.deleted', { title: deleted.title })}{' '}
            <button type="button" onClick={() => void undoDelete()}>
              {t('library.undo')}
            </button>
          </>
        ) : (
          notice
        )}
      </div>

      <ImportPanel />

      <section aria-labelledby="own-title">
        <h2 id="own-title">{t('library.own')}</h2>
        {sets === undefined ? <p role="status">{t('loading')}</p> : null}
        {sets && own.length === 0 ? <p>{t('library.noOwn')}</p> : null}
        <ul className="teacher-set-list">
          {own.map((entry) => (
            <SetRow key={entry.id} entry={entry} onDuplicate={() => void duplicate(entry)} onRename={(title) => void rename(entry, title)} onDelete={() => void remove(entry)} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="bundled-title">
        <h2 id="bundled-title">{t('library.bundled')}</h2>
        <p className="field-hint">{t('library.bundledHint')}</p>
        <ul className="teacher-set-list">
          {bundled.map((entry) => (
            <SetRow key={entry.id} entry={entry} onDuplicate={() => void duplicate(entry)} />
          ))}
        </ul>
      </section>
    </section>
  );
}
