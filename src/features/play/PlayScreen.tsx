import { useCallback, useEffect, useMemo, useRef } from 'react';
import { loadScheduler } from '../../db/scheduler-loader';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMachine } from '@xstate/react';
import { fromPromise } from 'xstate';
import type { Label } from '../../domain/quiz-schema';
import { advanceAttempt, loadAttempt, recordAnswer, type AttemptState } from '../../db/attempts';
import { quizSessionMachine, type AnswerRequest } from '../../machines/quiz-session.machine';
import { useDb } from '../../app/database-context';
import { resolveStatements, useAllSets, type ResolvedStatement } from '../../app/use-sets';
import { navigate, paths } from '../../app/router';
import { Link } from '../../app/Link';
import { StorageMessage } from '../../app/StorageMessage';
import { AnswerButtons } from './AnswerButtons';
import { Feedback, verdict } from './Feedback';
import { MarkedPassage } from './MarkedText';
import { MIXED_SET_ID } from '../../app/start-attempt';
import { REVIEW_SET_ID } from '../../db/review';
import { isAccepted } from '../../domain/scoring';

export function PlayScreen({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const sets = useAllSets();
  const stored = useLiveQuery(async () => (await loadAttempt(db, attemptId)) ?? null, [db, attemptId]);
  useEffect(() => {
    void loadScheduler();
  }, []);

  if (stored === undefined) return <p role="status">{t('common.loading')}</p>;
  if (stored === null) return <Missing />;
  const statements = resolveStatements(stored.attempt.items, sets);
  if (!statements) return <Missing changed />;
  return <Session key={attemptId} stored={stored} statements={statements} />;
}

function Missing({ changed = false }: { changed?: boolean }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t(changed ? 'play.setChanged' : 'play.notFound')}</h1>
      <Link href={paths.home()}>{t('common.backHome')}</Link>
    </section>
  );
}

function chosenByPosition(stored: AttemptState): (Label | undefined)[] {
  const chosen: (Label | undefined)[] = [];
  for (const answer of stored.answers) chosen[answer.position] = answer.chosen;
  return chosen;
}

function Session({ stored, statements }: { stored: AttemptState; statements: ResolvedStatement[] }) {
  const { t } = useTranslation();
  const db = useDb();
  const { attempt } = stored;
  const heading = useRef<HTMLHeadingElement>(null);

  const machine = useMemo(
    () =>
      quizSessionMachine.provide({
        actors: {
          persistAnswer: fromPromise<void, AnswerRequest>(async ({ input }) => {
            await recordAnswer(db, { attemptId: attempt.id, ...input });
          }),
          persistAdvance: fromPromise<void, { position: number }>(async ({ input }) => {
            await advanceAttempt(db, attempt.id, input.position);
          }),
        },
      }),
    [db, attempt.id],
  );
  const [snapshot, send] = useMachine(machine, {
    input: {
      statements: statements.map(({ item }) => ({ label: item.label, alsoAccept: item.alsoAccept })),
      mode: attempt.mode,
      position: attempt.position,
      chosen: chosenByPosition(stored),
    },
  });

  useEffect(() => {
    send({ type: 'SYNC', position: stored.attempt.position, chosen: chosenByPosition(stored) });
  }, [stored, send]);

  const finished = snapshot.matches('finished');
  useEffect(() => {
    if (finished) navigate(paths.summary(attempt.id), { replace: true });
  }, [finished, attempt.id]);

  const { position, chosen } = snapshot.context;
  const asking = snapshot.matches('question');
  const inFeedback = snapshot.matches('feedback') || snapshot.matches('advancing') || snapshot.matches('advanceFailed');

  useEffect(() => {
    if (asking) heading.current?.focus();
  }, [asking, position]);

  const answer = useCallback((label: Label) => send({ type: 'ANSWER', label }), [send]);
  const next = useCallback(() => send({ type: 'NEXT' }), [send]);

  useEffect(() => {
    if (!snapshot.matches('feedback')) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement) && !(event.target instanceof HTMLAnchorElement)) {
        event.preventDefault();
        next();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [snapshot, next]);

  const current = statements[position];
  if (finished || !current) return <p role="status">{t('common.loading')}</p>;
  const currentChoice = chosen[position];
  const status = inFeedback && currentChoice ? verdict(t, current, currentChoice) : attempt.mode === 'test' && position > 0 && asking ? t('play.saved') : '';

  return (
    <article className="play" aria-labelledby="play-counter">
      <header className="play-header">
        <p className="set-title">
          {attempt.setId === MIXED_SET_ID || attempt.setId === REVIEW_SET_ID ? (
            <Link href={paths.home()}>{t(attempt.setId === REVIEW_SET_ID ? 'reviewSession.title' : 'mixed.title')}</Link>
          ) : (
            <Link href={paths.set(attempt.setId)}>{current.quiz.title}</Link>
          )}
          <span className="mode-badge">{t(`modes.${attempt.mode}.name`)}</span>
        </p>
        <h1 id="play-counter" ref={heading} tabIndex={-1}>
          {t('play.counter', { current: position + 1, total: statements.length })}
        </h1>
        <progress max={statements.length} value={position} aria-hidden="true" />
      </header>

      <blockquote className="passage" lang={current.quiz.language}>
        <MarkedPassage passage={current.passage} statement={current.item.text} cues={inFeedback ? current.item.cues : undefined} />
      </blockquote>
      <p className="prompt">{t('play.prompt')}</p>

      <AnswerButtons
        onAnswer={answer}
        disabled={!asking}
        reveal={
          inFeedback && currentChoice
            ? { chosen: currentChoice, accepted: [current.item.label, ...(current.item.alsoAccept ? [current.item.alsoAccept] : [])] }
            : undefined
        }
      />

      <p role="status" className={`verdict ${currentChoice && inFeedback ? (isAccepted(current.item, currentChoice) ? 'is-right' : 'is-wrong') : ''}`}>
        {status}
      </p>

      {inFeedback && currentChoice ? (
        <Feedback statement={current} chosen={currentChoice} onNext={next} isLast={position === statements.length - 1} />
      ) : null}

      {snapshot.matches('answerFailed') || snapshot.matches('advanceFailed') ? (
        <StorageMessage error={snapshot.context.error} onRetry={() => send({ type: 'RETRY' })} onDismiss={() => send({ type: 'DISMISS' })} />
      ) : null}
      <p className="credit-line">
        {t('credit.short', { publisher: current.quiz.source.publisher, licence: current.quiz.source.licence.name })}
      </p>
    </article>
  );
}
