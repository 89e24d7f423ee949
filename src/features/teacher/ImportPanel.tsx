import { requireTeacher } from '../../common/teacher-lock';
import { useEffect, useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importQuizText, type ConflictChoice, type ImportResult } from '../../db/quiz-sets';
import { useDb } from '../../common/database-context';
import { classifyStorageError } from '../../common/storage-error';
import { readTextFile } from './read-text-file';
import { useBundledIds } from './use-teacher-sets';
import { useProblemText } from './problem-text';

interface FileOutcome {
  key: string;
  name: string;
  text: string | null;
  result: ImportResult | { kind: 'unreadable'; message: string } | { kind: 'cancelled' };
}

/** Import of quiz files by picker or drop: each checked in full, refused whole or stored whole. */
export function ImportPanel() {
  const { t } = useTranslation('teacher');
  const { t: tApp } = useTranslation();
  const db = useDb();
  const inputId = useId();
  const reservedIds = useBundledIds();
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  // A file dropped beside the drop zone would otherwise replace the app with the file.
  useEffect(() => {
    const keepPage = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, []);

  const options = (onConflict: ConflictChoice) => ({ onConflict, reservedIds, copyTitle: (title: string) => t('copyTitle', { title }) });

  const importText = async (text: string, onConflict: ConflictChoice): Promise<FileOutcome['result']> => {
    try {
      return await importQuizText(db, text, options(onConflict));
    } catch (error) {
      return { kind: 'unreadable', message: tApp(`storage.${classifyStorageError(error)}`) };
    }
  };

  const importFiles = async (files: readonly File[]) => {
    // A set imported is a set students see: like writing one, it needs the teacher PIN; cancelled, nothing is read.
    if (files.length === 0 || !(await requireTeacher())) return;
    setBusy(true);
    const results: FileOutcome[] = [];
    for (const [index, file] of files.entries()) {
      const key = `${Date.now()}-${index}-${file.name}`;
      const read = await readTextFile(file);
      if (!read.ok) {
        results.push({ key, name: file.name, text: null, result: { kind: 'unreadable', message: t(`fileErrors.${read.reason}`, { ...read, name: file.name }) } });
        continue;
      }
      results.push({ key, name: file.name, text: read.text, result: await importText(read.text, 'ask') });
    }
    setOutcomes(results);
    setBusy(false);
  };

  const resolve = async (outcome: FileOutcome, choice: ConflictChoice | 'cancel') => {
    if (choice !== 'cancel' && !(await requireTeacher())) return;
    const result: FileOutcome['result'] = choice === 'cancel' || outcome.text === null ? { kind: 'cancelled' } : await importText(outcome.text, choice);
    setOutcomes((current) => current.map((other) => (other.key === outcome.key ? { ...other, result } : other)));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  return (
    <section aria-labelledby="import-title" className="import-panel">
      <h2 id="import-title">{t('import.title')}</h2>
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {/* One control, named once: the label is the visible button, the browser's own file button is hidden. */}
        <label className="button file-picker">
          <span aria-hidden="true">{t('import.choose')}</span>
          <input
            id={inputId}
            aria-label={t('import.choose')}
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void importFiles(files);
            }}
          />
        </label>
        <p className="field-hint">{t('import.drop')}</p>
      </div>
      {busy ? <p role="status">{t('import.working')}</p> : null}
      {outcomes.length ? (
        <ul className="import-results" aria-label={t('import.results')}>
          {outcomes.map((outcome) => (
            <li key={outcome.key}>
              <ImportOutcome outcome={outcome} onResolve={(choice) => void resolve(outcome, choice)} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ImportOutcome({ outcome, onResolve }: { outcome: FileOutcome; onResolve: (choice: ConflictChoice | 'cancel') => void }) {
  const { t } = useTranslation('teacher');
  const { result, name } = outcome;
  const problemText = useProblemText();
  switch (result.kind) {
    case 'imported':
      return (
        <p role="status" className="import-ok">
          {result.renamedFrom
            ? t('import.importedCopy', { name, title: result.quiz.title, id: result.quiz.id })
            : result.replaced
              ? t('import.replaced', { name, title: result.quiz.title })
              : t('import.imported', { name, title: result.quiz.title })}
        </p>
      );
    case 'refused':
      return (
        <div role="alert" className="import-refused">
          <p>{t('import.refused', { name, count: result.problems.length })}</p>
          <ul>
            {result.problems.slice(0, 200).map((problem, index) => (
              <li key={index}>
                {problemText(problem)}
                {problem.path ? (
                  <>
                    {' '}
                    <span className="problem-path">
                      ({t('places.inFile', { path: '' })}
                      <code dir="ltr">{problem.path}</code>)
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {result.problems.length > 200 ? <p>{t('import.moreProblems', { count: result.problems.length - 200 })}</p> : null}
        </div>
      );
    case 'unreadable':
      return (
        <p role="alert" className="import-refused">
          {result.message}
        </p>
      );
    case 'cancelled':
      return <p role="status">{t('import.cancelled', { name })}</p>;
    case 'conflict':
      return (
        <div role="group" aria-label={t('import.conflictLabel', { name })} className="import-conflict">
          <p>{t('import.conflict', { name, id: result.quiz.id, title: result.existingTitle })}</p>
          {result.canReplace ? null : <p className="field-hint">{t('import.bundledConflict')}</p>}
          <div className="actions">
            {result.canReplace ? (
              <button type="button" onClick={() => onResolve('replace')}>
                {t('import.replace')}
              </button>
            ) : null}
            <button type="button" onClick={() => onResolve('copy')}>
              {t('import.keepBoth')}
            </button>
            <button type="button" onClick={() => onResolve('cancel')}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      );
  }
}
