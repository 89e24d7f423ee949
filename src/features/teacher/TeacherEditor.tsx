import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMachine } from '@xstate/react';
import { fromPromise } from 'xstate';
import { checkDraft, isBlankDraft, nextItemId, type DraftItem, type QuizDraft } from '../../domain/quiz-draft';
import { splitSentences } from '../../domain/sentence-split';
import { editorMachine } from '../../machines/editor.machine';
import { discardBlankDraft, loadDraft, saveDraft } from '../../db/quiz-sets';
import { isPublished } from '../../db/own-sets';
import { useDb } from '../../common/database-context';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { StorageMessage } from '../../common/StorageMessage';
import { TeacherPinForm } from '../../common/TeacherPinForm';
import { useTeacherUnlocked } from '../../common/teacher-lock';
import { MetadataFields } from './MetadataFields';
import { ArticleSection } from './ArticleSection';
import { ItemEditor } from './ItemEditor';
import { useProblemText } from './problem-text';
import { useBundledIds, useTeacherSets } from './use-teacher-sets';
import './teacher.css';

export function TeacherEditor({ setId }: { setId: string }) {
  const { t } = useTranslation('teacher');
  const db = useDb();
  const unlocked = useTeacherUnlocked();
  const [loaded, setLoaded] = useState<{ draft: QuizDraft | null; key: string; published: boolean } | { error: unknown } | null>(null);
  // The session moves the draft when the teacher changes the set's id; that address is not a new set to load.
  const movedTo = useRef<string | null>(null);
  const onMoved = useCallback((key: string) => {
    movedTo.current = key;
    window.history.replaceState(null, '', paths.teacherEdit(key));
  }, []);

  useEffect(() => {
    if (setId === movedTo.current) return;
    let live = true;
    Promise.all([loadDraft(db, setId), isPublished(db, setId)]).then(
      ([draft, published]) => live && setLoaded({ draft: draft ?? null, key: setId, published }),
      (error: unknown) => live && setLoaded({ error }),
    );
    return () => {
      live = false;
    };
  }, [db, setId]);

  // What students see changes as the teacher types: editing asks for the teacher PIN, like every teacher action that does.
  if (!unlocked) {
    return (
      <section>
        <h1>{t('editor.locked')}</h1>
        <TeacherPinForm />
      </section>
    );
  }
  if (loaded === null) return <p role="status">{t('loading')}</p>;
  if ('error' in loaded) return <StorageMessage error={loaded.error} />;
  if (!loaded.draft) {
    return (
      <section>
        <h1>{t('editor.notFound')}</h1>
        <Link href={paths.teacher()}>{t('backToLibrary')}</Link>
      </section>
    );
  }
  return <EditorSession key={loaded.key} initial={loaded.draft} initialKey={loaded.key} published={loaded.published} onMoved={onMoved} />;
}

interface SessionProps {
  initial: QuizDraft;
  initialKey: string;
  /** Students already see the set: its id is fixed. */
  published: boolean;
  onMoved: (key: string) => void;
}

function EditorSession({ initial, initialKey, published, onMoved }: SessionProps) {
  const { t } = useTranslation('teacher');
  const db = useDb();
  const reservedIds = useBundledIds();
  const sets = useTeacherSets();
  const keyRef = useRef(initialKey);
  const [key, setKey] = useState(initialKey);
  const [idFixed, setIdFixed] = useState(published);
  const takenIds = useMemo(() => new Set((sets ?? []).map((entry) => entry.id).filter((id) => id !== key)), [sets, key]);
  const machine = useMemo(
    () =>
      editorMachine.provide({
        actors: {
          persistDraft: fromPromise<void, { draft: QuizDraft }>(async ({ input }) => {
            const saved = await saveDraft(db, input.draft, Date.now(), { key: keyRef.current, reservedIds });
            if (saved.published) setIdFixed(true);
            if (saved.key !== keyRef.current) {
              keyRef.current = saved.key;
              setKey(saved.key);
              onMoved(saved.key);
            }
          }),
        },
      }),
    [db, reservedIds, onMoved],
  );
  // Leaving a new set without writing anything in it leaves nothing behind in the library.
  useEffect(() => () => void discardBlankDraft(db, keyRef.current).catch(() => undefined), [db]);
  const [snapshot, send, actor] = useMachine(machine, { input: { draft: initial } });
  const { draft, past, future } = snapshot.context;
  const sentences = useMemo(() => splitSentences(draft.article), [draft.article]);
  // Checking a large set takes a moment; typing goes first.
  const checked = useDeferredValue(draft);
  const check = useMemo(() => checkDraft(checked, undefined, takenIds), [checked, takenIds]);
  // A set just begun shows its first steps, not a wall of "empty" problems.
  const blank = isBlankDraft(checked);
  const problems = useMemo(() => (check.ok || blank ? [] : check.problems), [check, blank]);
  const problemText = useProblemText();

  const edit = useCallback(
    (change: (current: QuizDraft) => QuizDraft, group?: string) => send({ type: 'EDIT', draft: change(actor.getSnapshot().context.draft), ...(group ? { group } : {}) }),
    [send, actor],
  );
  const editItem = useCallback(
    (index: number, change: (item: DraftItem) => DraftItem, group?: string) =>
      edit((current) => ({ ...current, items: current.items.map((item, other) => (other === index ? change(item) : item)) }), group),
    [edit],
  );
  const removeItem = useCallback((index: number) => edit((current) => ({ ...current, items: current.items.filter((_, other) => other !== index) })), [edit]);
  const [justMade, setJustMade] = useState<string | null>(null);
  const makeStatement = (text: string) => {
    const id = nextItemId(actor.getSnapshot().context.draft.items);
    setJustMade(id);
    edit((current) => ({
      ...current,
      items: [...current.items, { id, text, label: null, explanation: '', cues: [], difficulty: 'medium' }],
    }));
  };

  const saving = snapshot.matches('saving');
  return (
    <section className="teacher-editor" aria-labelledby="editor-title">
      <p>
        <Link href={paths.teacher()}>{t('backToLibrary')}</Link>
      </p>
      <h1 id="editor-title" dir="auto">
        {t('editor.title', { title: draft.title || t('untitled') })}
      </h1>
      <div className="editor-bar">
        <p role="status" className="save-status">
          {snapshot.matches('saveFailed') ? t('save.failed') : saving ? t('save.saving') : t('save.saved')}
        </p>
        <button type="button" onClick={() => send({ type: 'UNDO' })} disabled={past.length === 0}>
          {t('editor.undo')}
        </button>
        <button type="button" onClick={() => send({ type: 'REDO' })} disabled={future.length === 0}>
          {t('editor.redo')}
        </button>
        <Link href={paths.teacherPreview(key)} className="button">
          {t('editor.preview')}
        </Link>
      </div>
      {snapshot.matches('saveFailed') ? (
        <>
          <p className="field-problems">{t('save.failedHint')}</p>
          <StorageMessage error={snapshot.context.error} onRetry={() => send({ type: 'RETRY' })} />
        </>
      ) : null}

      <section aria-labelledby="editor-check" className={`check-summary ${check.ok ? 'is-valid' : blank ? 'is-blank' : 'has-problems'}`}>
        <h2 id="editor-check">{t('check.title')}</h2>
        {check.ok ? (
          <p>{t('check.valid')}</p>
        ) : blank ? (
          <>
            <p>{t('check.start')}</p>
            <ol className="first-steps">
              <li>{t('check.stepArticle')}</li>
              <li>{t('check.stepStatements')}</li>
              <li>{t('check.stepAbout')}</li>
            </ol>
          </>
        ) : (
          <details>
            <summary>{t('check.problems', { count: problems.length })}</summary>
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>{problemText(problem)}</li>
              ))}
            </ul>
          </details>
        )}
        <p className="field-hint">{t('check.publishing')}</p>
      </section>

      <MetadataFields draft={draft} problems={problems} edit={edit} idFixed={idFixed} />
      <ArticleSection draft={draft} sentences={sentences} problems={problems} edit={edit} onMakeStatement={makeStatement} />

      <section aria-labelledby="editor-items" className="editor-section">
        <h2 id="editor-items">{t('editor.items', { count: draft.items.length })}</h2>
        {draft.items.length === 0 ? <p>{t('editor.noItems')}</p> : null}
        {draft.items.map((item, index) => (
          <ItemEditor
            key={item.id}
            item={item}
            index={index}
            language={draft.language}
            problems={problems}
            onChange={editItem}
            onRemove={removeItem}
            focusOnMount={item.id === justMade}
          />
        ))}
      </section>
    </section>
  );
}
