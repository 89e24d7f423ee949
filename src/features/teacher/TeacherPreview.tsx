import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMachine } from '@xstate/react';
import { fromPromise } from 'xstate';
import type { Label, Quiz } from '../../domain/quiz-schema';
import { isAccepted } from '../../domain/scoring';
import { quizSessionMachine } from '../../machines/quiz-session.machine';
import type { ResolvedStatement } from '../../app/use-sets';
import { Link } from '../../app/Link';
import { paths } from '../../app/router';
import { MarkedPassage } from '../play/MarkedText';
import { AnswerButtons } from '../play/AnswerButtons';
import { Feedback, verdict } from '../play/Feedback';
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
  return <PreviewSession key={`${round}:${JSON.stringify(view.quiz)}`} quiz={view.quiz} editable={!view.bundled} onRestart={() => setRound((value) => value + 1)} />;
}

function PreviewSession({ quiz, editable, onRestart }: { quiz: Quiz; editable: boolean; onRestart: () => void }) {
  const { t } = useTranslation('teacher');
  const { t: tApp } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const statements = useMemo<ResolvedStatement[]>(() => {
    const passages = new Map(quiz.passages.map((passage) => [passage.id, passage.text]));
    return quiz.items.map((item) => ({ ref: { setId: quiz.id, itemId: item.id }, quiz, item, passage: passages.get(item.passage) ?? '' }));
  }, [quiz]);
  const machine = useMemo(
    () =>
      quizSessionMachine.provide({
        actors: {
          persistAnswer: fromPromise(async () => {}),
          persistAdvance: fromPromise(async () => {}),
        },
      }),
    [],
  );
  const [snapshot, send] = useMachine(machine, {
    input: { statements: quiz.items.map(({ label, alsoAccept }) => ({ label, alsoAccept })), mode: 'practice', position: 0, chosen: [] },
  });
  const { position, chosen } = snapshot.context;
  const asking = snapshot.matches('question');
  const inFeedback = snapshot.matches('feedback') || snapshot.matches('advancing');
  const answer = useCallback((label: Label) => send({ type: 'ANSWER', label }), [send]);
  const next = useCallback(() => send({ type: 'NEXT' }), [send]);

  useEffect(() => {
    if (asking) heading.current?.focus();
  }, [asking, position]);

  const back = editable ? paths.teacherEdit(quiz.id) : paths.teacher();
  const current = statements[position];
  const currentChoice = chosen[position];
  return (
    <article className="play teacher-preview" aria-labelledby="preview-counter">
      <p className="preview-banner" role="note">
        {t('preview.banner')} <Link href={back}>{editable ? t('preview.backToEditor') : t('backToLibrary')}</Link>
      </p>
      {!current ? (
        <section>
          <h1 ref={heading} tabIndex={-1} id="preview-counter">
            {t('preview.done', { right: chosen.filter((label, index) => label && statements[index] && isAccepted(statements[index].item, label)).length, total: statements.length })}
          </h1>
          <button type="button" onClick={onRestart}>
            {t('preview.again')}
          </button>
        </section>
      ) : (
        <>
          <header className="play-header">
            <p className="set-title" dir="auto">
              {quiz.title}
            </p>
            <h1 id="preview-counter" ref={heading} tabIndex={-1}>
              {tApp('play.counter', { current: position + 1, total: statements.length })}
            </h1>
            <progress max={statements.length} value={position} aria-hidden="true" />
          </header>
          <blockquote className="passage" lang={quiz.language}>
            <MarkedPassage passage={current.passage} statement={current.item.text} cues={inFeedback ? current.item.cues : undefined} />
          </blockquote>
          <p className="prompt">{tApp('play.prompt')}</p>
          <AnswerButtons
            onAnswer={answer}
            disabled={!asking}
            reveal={inFeedback && currentChoice ? { chosen: currentChoice, accepted: [current.item.label, ...(current.item.alsoAccept ? [current.item.alsoAccept] : [])] } : undefined}
          />
          <p role="status" className={`verdict ${currentChoice && inFeedback ? (isAccepted(current.item, currentChoice) ? 'is-right' : 'is-wrong') : ''}`}>
            {inFeedback && currentChoice ? verdict(tApp, current, currentChoice) : ''}
          </p>
          {inFeedback && currentChoice ? <Feedback statement={current} chosen={currentChoice} onNext={next} isLast={position === statements.length - 1} /> : null}
          <p className="credit-line">{tApp('credit.short', { publisher: quiz.source.publisher, licence: quiz.source.licence.name })}</p>
        </>
      )}
    </article>
  );
}
