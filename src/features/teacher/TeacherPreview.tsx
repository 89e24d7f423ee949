import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quiz } from '../../domain/quiz-schema';
import type { ResolvedStatement } from '../../common/use-sets';
import { useMemorySession } from '../../common/use-memory-session';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { PlaySession } from '../../common/play/PlaySession';
import { useTeacherSet } from './use-teacher-set';
import './teacher.css';

/** The set exactly as a student plays it, in memory only: no attempt, no answer, no progress is stored. */
export function TeacherPreview({ setId }: { setId: string }) {
  const { t } = useTranslation('teacher');
  const view = useTeacherSet(setId);
  const [round, setRound] = useState(0);
  if (view.state === 'loading') return <p role="status">{t('loading')}</p>;
  if (view.state !== 'ready') {
    return (
      <section>
        <h1>{view.state === 'invalid' ? t('preview.invalid', { count: view.problemCount }) : t('editor.notFound')}</h1>
        <Link href={view.state === 'invalid' ? paths.teacherEdit(setId) : paths.teacher()}>{view.state === 'invalid' ? t('preview.backToEditor') : t('backToLibrary')}</Link>
      </section>
    );
  }
  return (
    <PreviewSession key={`${round}:${JSON.stringify(view.quiz)}`} setId={setId} quiz={view.quiz} editable={!view.bundled} onRestart={() => setRound((value) => value + 1)} />
  );
}

function PreviewSession({ setId, quiz, editable, onRestart }: { setId: string; quiz: Quiz; editable: boolean; onRestart: () => void }) {
  const { t } = useTranslation('teacher');
  const heading = useRef<HTMLHeadingElement>(null);
  const statements = useMemo<ResolvedStatement[]>(() => {
    const passages = new Map(quiz.passages.map((passage) => [passage.id, passage.text]));
    return quiz.items.map((item) => ({ ref: { setId: quiz.id, itemId: item.id }, quiz, item, passage: passages.get(item.passage) ?? '' }));
  }, [quiz]);
  const { snapshot, store } = useMemorySession('practice');
  const done = snapshot.position >= statements.length;
  useEffect(() => {
    if (done) heading.current?.focus();
  }, [done]);

  // The address it was opened from: a draft's own id may differ from the record it is stored under.
  const back = editable ? paths.teacherEdit(setId) : paths.teacher();
  return (
    <div className="teacher-preview">
      <p className="preview-banner" role="note">
        {t('preview.banner')} <Link href={back}>{editable ? t('preview.backToEditor') : t('backToLibrary')}</Link>
      </p>
      {done ? (
        <section>
          <h1 ref={heading} tabIndex={-1}>
            {t('preview.done', { right: snapshot.answers.filter((answer) => answer?.correct).length, total: statements.length })}
          </h1>
          <button type="button" onClick={onRestart}>
            {t('preview.again')}
          </button>
        </section>
      ) : (
        <PlaySession statements={statements} snapshot={snapshot} store={store} title={<span dir="auto">{quiz.title}</span>} />
      )}
    </div>
  );
}
