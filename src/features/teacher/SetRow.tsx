import { useId, useMemo, useState } from 'react';
import { checkDraft } from '../../domain/quiz-draft';
import { isCheckUp } from '../../domain/check-up';
import type { Quiz } from '../../domain/quiz-schema';
import { useTranslation } from 'react-i18next';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { downloadGift, downloadJson } from './export-set';
import { publishedSet, type TeacherSetEntry } from './use-teacher-sets';

interface SetRowProps {
  entry: TeacherSetEntry;
  onDuplicate: () => void;
  onRename?: (title: string) => void;
  onDelete?: () => void;
}

/** One set in the library with what can be done to it. */
export function SetRow({ entry, onDuplicate, onRename, onDelete }: SetRowProps) {
  const { t, i18n } = useTranslation('teacher');
  const { t: tApp } = useTranslation();
  const id = useId();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const title = entry.title || t('untitled');
  const { published, draft } = entry;
  const draftHasProblems = useMemo(() => (draft && published ? !checkDraft(draft).ok : false), [draft, published]);
  const download = (save: (quiz: Quiz) => void) => () => {
    void publishedSet(entry).then((quiz) => quiz && save(quiz));
  };

  return (
    <li className="teacher-set" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} dir="auto" lang={entry.title ? (published?.language ?? entry.draft?.language) : undefined}>
        {title}
      </h3>
      <p className="set-meta">
        {entry.bundled
          ? t('library.readOnly', { count: published?.itemCount ?? 0 })
          : published
            ? t('library.published', { count: published.itemCount })
            : t('library.draftOnly')}
      </p>
      {draftHasProblems ? <p className="field-hint">{t('library.pendingChanges')}</p> : null}
      {renaming !== null && onRename ? (
        <form
          className="rename-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (renaming.trim()) onRename(renaming.trim());
            setRenaming(null);
          }}
        >
          <label htmlFor={`${id}-rename`}>{t('library.newTitle')}</label>
          <input id={`${id}-rename`} value={renaming} dir="auto" onChange={(event) => setRenaming(event.target.value)} autoFocus />
          <button type="submit">{t('library.saveTitle')}</button>
          <button type="button" onClick={() => setRenaming(null)}>
            {t('library.cancel')}
          </button>
        </form>
      ) : null}
      {confirming && onDelete ? (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="confirm-delete">
          <p id={`${id}-confirm`}>{t('library.confirmDelete', { title })}</p>
          <button type="button" className="danger" onClick={onDelete} autoFocus>
            {t('library.yesDelete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('library.cancel')}
          </button>
        </div>
      ) : null}
      <div className="actions" role="group" aria-labelledby={`${id}-title`}>
        {entry.bundled ? null : (
          <Link href={paths.teacherEdit(entry.id)} className="button">
            {t('library.edit')}
          </Link>
        )}
        {published ? (
          <>
            <Link href={paths.teacherPreview(entry.id)} className="button">
              {t('library.preview')}
            </Link>
            <button type="button" onClick={onDuplicate}>
              {t('library.duplicate')}
            </button>
            <button type="button" onClick={download(downloadJson)}>
              {t('library.exportJson')}
            </button>
            <button type="button" onClick={download((quiz) => downloadGift(t, tApp, quiz, i18n.language))}>
              {t('library.exportGift')}
            </button>
            {isCheckUp(published) ? null : (
              <Link href={paths.teacherWorksheet(entry.id)} className="button">
                {t('library.worksheet')}
              </Link>
            )}
          </>
        ) : null}
        {onRename ? (
          <button type="button" onClick={() => setRenaming(title)}>
            {t('library.rename')}
          </button>
        ) : null}
        {onDelete ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('library.delete')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
