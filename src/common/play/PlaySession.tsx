import { forwardRef, memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActorRef, useSelector } from '@xstate/react';
import { fromPromise } from 'xstate';
import type { Label } from '../../domain/quiz-schema';
import { judgeAnswer } from '../../domain/scoring';
import { phaseView, samePhaseView, sessionPhaseMachine, type AnswerRequest, type SessionSnapshot, type SessionStore } from '../../machines/quiz-session.machine';
import type { ResolvedStatement } from '../use-sets';
import { StorageMessage } from '../StorageMessage';
import { AnswerButtons } from './AnswerButtons';
import { Feedback, verdictText } from './Feedback';
import { MarkedPassage } from './MarkedText';
import { directionOf } from '../../i18n/languages';

export interface PlaySessionProps {
  statements: readonly ResolvedStatement[];
  /** What storage holds now (a live query, or memory for the preview); the screen follows it. */
  snapshot: SessionSnapshot;
  store: SessionStore;
  /** The line above the counter: the set's name, linked where it leads somewhere. */
  title: ReactNode;
}

/** The one play screen: learners' sets, mixed practice, review and the teacher's preview differ only in storage. */
export function PlaySession(props: PlaySessionProps) {
  const current = props.statements[props.snapshot.position];
  if (!current) return null;
  return <StatementScreen key={props.snapshot.position} {...props} current={current} />;
}

function StatementScreen({ statements, snapshot, store, title, current }: PlaySessionProps & { current: ResolvedStatement }) {
  const { t } = useTranslation();
  const { mode, position } = snapshot;
  // Test and the check-up: choose, then Next; no verdict until the end (the check-up: none at all).
  const choosing = mode !== 'practice';
  const taken = snapshot.answers[position];
  const heading = useRef<HTMLHeadingElement>(null);
  const mark = useRef<HTMLElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const answered = useRef<HTMLDivElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const explanationId = useId();

  const machine = useMemo(
    () =>
      sessionPhaseMachine.provide({
        actors: {
          persistAnswer: fromPromise<void, AnswerRequest>(({ input }) => store.answer(input)),
          persistAdvance: fromPromise<void, { position: number }>(({ input }) => store.advance(input.position)),
        },
      }),
    [store],
  );
  const actor = useActorRef(machine, { input: { mode, position, answered: taken !== undefined } });
  const phase = useSelector(actor, phaseView, samePhaseView);
  const { send } = actor;
  const [selected, setSelected] = useState<Label | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // In Test mode a choice waits for Next; focus goes there, so Enter (or a tap) takes it whichever way it was chosen.
  useLayoutEffect(() => {
    if (selected) confirmButton.current?.focus({ preventScroll: true });
  }, [selected]);

  const writing = phase.step === 'saving' || phase.step === 'answerFailed';
  // Feedback shows what storage holds, and only once the write that stored it has committed.
  const shown = mode === 'practice' && !writing ? (taken ?? phase.committed ?? undefined) : undefined;
  const asking = phase.step === 'question' && taken === undefined;
  const isLast = position === statements.length - 1;

  const { item } = current;
  const take = useCallback(
    (label: Label) => send({ type: 'ANSWER', request: { position, ...judgeAnswer(item, label), advance: choosing } }),
    [send, position, item, choosing],
  );
  const chosen = shown?.chosen;
  const reveal = useMemo(() => (chosen ? { chosen, accepted: [item.label, ...(item.alsoAccept ? [item.alsoAccept] : [])] } : undefined), [chosen, item]);
  // A write in progress draws nothing until it is slow (see phaseView), so a choice meanwhile is refused here: the
  // answer being written is the one kept, and a retry writes it again.
  const choose = useCallback((label: Label) => {
    if (!actor.getSnapshot().matches('saving')) setSelected(label);
  }, [actor]);
  const confirm = useCallback(() => {
    if (selected) take(selected);
  }, [selected, take]);
  const next = useCallback(() => send({ type: 'NEXT' }), [send]);

  // Layout effects: focus and scroll land in the same commit as the new statement, before it is painted or announced.
  useLayoutEffect(() => {
    heading.current?.focus({ preventScroll: true });
    bringIntoView(mark.current, bar.current);
  }, []);

  const feedbackOn = shown !== undefined;
  useLayoutEffect(() => {
    if (!feedbackOn) return;
    nextButton.current?.focus({ preventScroll: true });
    answered.current?.scrollIntoView?.({ block: 'start' });
  }, [feedbackOn]);

  const onEnter = feedbackOn ? next : choosing && selected && asking ? confirm : null;
  useLayoutEffect(() => {
    if (!onEnter) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement || event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      onEnter();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onEnter]);

  const status = shown ? verdictText(t, current, shown) : phase.step === 'saving' ? t('play.saving') : choosing && position > 0 && asking ? t('play.saved') : '';
  const failed = phase.step === 'answerFailed' || phase.step === 'advanceFailed';

  return (
    <article className="play" aria-labelledby="play-counter">
      <PlayHeader ref={heading} title={title} mode={mode} position={position} total={statements.length} />

      <blockquote className="passage" lang={current.quiz.language} dir={directionOf(current.quiz.language)}>
        <MarkedPassage ref={mark} passage={current.passage} statement={current.item.text} cues={shown ? current.item.cues : undefined} />
      </blockquote>

      {shown ? (
        <div className="answered" ref={answered}>
          <AnswerButtons onAnswer={take} disabled reveal={reveal} />
          <Feedback statement={current} answer={shown} id={explanationId} />
        </div>
      ) : null}

      <div className="answer-bar" ref={bar}>
        {shown ? null : (
          <>
            <p className="prompt">
              {t('play.prompt')}
              {choosing ? <span className="prompt-note"> {t(mode === 'check-up' ? 'play.promptCheckUp' : 'play.promptTest')}</span> : null}
            </p>
            <AnswerButtons onAnswer={choosing ? choose : take} disabled={!asking} selected={choosing ? selected : undefined} />
          </>
        )}
        <div className="bar-row">
          <p role="status" className={`verdict${shown ? (shown.correct ? ' is-right' : ' is-wrong') : ''}`}>
            {status}
          </p>
          {shown ? (
            <button ref={nextButton} type="button" className="primary" onClick={next} aria-describedby={explanationId} disabled={phase.step !== 'feedback' && phase.step !== 'question'}>
              {isLast ? t('play.finish') : t('play.next')}
            </button>
          ) : choosing ? (
            <button ref={confirmButton} type="button" className="primary" onClick={confirm} disabled={!selected || !asking}>
              {isLast ? t('play.finish') : t('play.next')}
            </button>
          ) : null}
        </div>
        {failed ? <StorageMessage error={phase.error} onRetry={() => send({ type: 'RETRY' })} onDismiss={() => send({ type: 'DISMISS' })} /> : null}
      </div>

      <Credit publisher={current.quiz.source.publisher} licence={current.quiz.source.licence.name} />
    </article>
  );
}

// The parts below stay as they are while a statement is answered: memo spares them the answer's renders.
const PlayHeader = memo(
  forwardRef<HTMLHeadingElement, { title: ReactNode; mode: SessionSnapshot['mode']; position: number; total: number }>(function PlayHeader({ title, mode, position, total }, heading) {
    const { t } = useTranslation();
    return (
      <header className="play-header">
        <p className="set-title">
          {title}
          <span className="mode-badge">{t(`modes.${mode}.name`)}</span>
        </p>
        <h1 id="play-counter" ref={heading} tabIndex={-1}>
          {t('play.counter', { current: position + 1, total })}
        </h1>
        <progress max={total} value={position} aria-hidden="true" />
      </header>
    );
  }),
);

const Credit = memo(function Credit({ publisher, licence }: { publisher: string; licence: string }) {
  const { t } = useTranslation();
  return <p className="credit-line">{t('credit.short', { publisher, licence })}</p>;
});

/** Scrolls the marked statement into the part of the screen the answer bar leaves free, when it is not there already. */
function bringIntoView(element: HTMLElement | null, bar: HTMLElement | null): void {
  if (!element?.scrollIntoView) return;
  const box = element.getBoundingClientRect();
  const free = bar ? Math.min(window.innerHeight, bar.getBoundingClientRect().top) : window.innerHeight;
  if (box.top >= 0 && box.bottom <= free) return;
  element.scrollIntoView({ block: box.height > free / 2 ? 'start' : 'center' });
}
