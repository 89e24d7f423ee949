import { assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import type { Label } from '../domain/quiz-schema';

import type { SessionMode } from '../domain/session-mode';

/** One answer as the session's storage holds it. */
export interface TakenAnswer {
  chosen: Label;
  correct: boolean;
}

/** What the session's storage says: the one owner of position and answers. */
export interface SessionSnapshot {
  mode: SessionMode;
  /** The statement on screen; equals the number of statements once finished. */
  position: number;
  /** Answers by position. */
  answers: readonly (TakenAnswer | undefined)[];
}

export interface AnswerRequest extends TakenAnswer {
  position: number;
  /** Move past the statement in the same write (test mode: no feedback to wait for). */
  advance: boolean;
}

/** Where a session's answers go: IndexedDB for learners, memory for the teacher's preview. */
export interface SessionStore {
  answer(request: AnswerRequest): Promise<void>;
  advance(fromPosition: number): Promise<void>;
}

export interface PhaseInput {
  mode: SessionMode;
  position: number;
  /** The stored attempt already holds an answer at this position. */
  answered: boolean;
}

interface PhaseContext extends PhaseInput {
  /** The answer being written, kept only so that a failed write can be retried. */
  request: AnswerRequest | null;
  /** The answer this screen's write has committed, shown until the stored attempt's next read brings it. */
  committed: TakenAnswer | null;
  /** The write has taken long enough to be seen waiting (see SLOW_WRITE_MS). */
  slow: boolean;
  error: unknown;
}

/**
 * A write quicker than this shows nothing while it lasts: the screen's next change is the verdict. A slower one is
 * shown as waiting, with the buttons disabled.
 */
export const SLOW_WRITE_MS = 400;

export type SessionEvent = { type: 'ANSWER'; request: AnswerRequest } | { type: 'NEXT' } | { type: 'RETRY' } | { type: 'DISMISS' };

/** Another tab answered first: the stored answer is what counts, so the screen shows it. */
const isStale = ({ event }: { event: unknown }) => (event as { error?: { name?: unknown } }).error?.name === 'StaleAttemptError';

/**
 * The phase of the screen for one statement: question → saving → feedback → advancing, with failed writes as
 * states. Position and answers are read from storage; the screen starts a new phase machine per position.
 */
export const sessionPhaseMachine = setup({
  types: {
    input: {} as PhaseInput,
    context: {} as PhaseContext,
    events: {} as SessionEvent,
  },
  actors: {
    persistAnswer: fromPromise<void, AnswerRequest>(async () => {
      throw new Error('persistAnswer is provided by the screen');
    }),
    persistAdvance: fromPromise<void, { position: number }>(async () => {
      throw new Error('persistAdvance is provided by the screen');
    }),
  },
  guards: {
    answered: ({ context }) => context.answered,
    withoutFeedback: ({ context }) => context.mode !== 'practice',
    isStale,
  },
  actions: {
    takeRequest: assign({ request: ({ event }) => (event.type === 'ANSWER' ? event.request : null), error: null }),
    keepError: assign({ error: ({ event }) => ('error' in event ? event.error : event), slow: false }),
    markSlow: assign({ slow: true }),
    clear: assign({ request: null, error: null, slow: false }),
    commit: assign({
      committed: ({ context }) => (context.request ? { chosen: context.request.chosen, correct: context.request.correct } : null),
      request: null,
      error: null,
      slow: false,
    }),
  },
}).createMachine({
  id: 'sessionPhase',
  context: ({ input }) => ({ ...input, request: null, committed: null, slow: false, error: null }),
  initial: 'entering',
  states: {
    entering: {
      always: [{ guard: 'answered', target: 'feedback' }, { target: 'question' }],
    },
    question: {
      on: {
        ANSWER: { target: 'saving', actions: 'takeRequest' },
        // Shown when another tab answered this statement first.
        NEXT: 'advancing',
      },
    },
    saving: {
      after: { [SLOW_WRITE_MS]: { actions: 'markSlow' } },
      invoke: {
        src: 'persistAnswer',
        input: ({ context }) => context.request as AnswerRequest,
        onDone: [{ guard: 'withoutFeedback', target: 'moving', actions: 'clear' }, { target: 'feedback', actions: 'commit' }],
        onError: [
          { guard: 'isStale', target: 'question', actions: 'clear' },
          { target: 'answerFailed', actions: 'keepError' },
        ],
      },
    },
    answerFailed: {
      on: {
        RETRY: 'saving',
        DISMISS: { target: 'question', actions: 'clear' },
      },
    },
    feedback: {
      on: { NEXT: 'advancing' },
    },
    advancing: {
      invoke: {
        src: 'persistAdvance',
        input: ({ context }) => ({ position: context.position }),
        onDone: 'moving',
        onError: { target: 'advanceFailed', actions: 'keepError' },
      },
    },
    advanceFailed: {
      on: {
        RETRY: 'advancing',
        DISMISS: { target: 'feedback', actions: 'clear' },
      },
    },
    /** Written; the stored position moves on and the screen follows it. */
    moving: {},
  },
});

export type PhaseStep = 'entering' | 'question' | 'saving' | 'answerFailed' | 'feedback' | 'advancing' | 'advanceFailed' | 'moving';

/** What the screen draws of a phase. */
export interface PhaseView {
  /** A write not yet slow draws as the question it answers, so a quick answer changes the screen once, to its verdict. */
  step: PhaseStep;
  committed: TakenAnswer | null;
  error: unknown;
}

export function phaseView(snapshot: SnapshotFrom<typeof sessionPhaseMachine>): PhaseView {
  const step = snapshot.value as PhaseStep;
  return { step: step === 'saving' && !snapshot.context.slow ? 'question' : step, committed: snapshot.context.committed, error: snapshot.context.error };
}

export const samePhaseView = (before: PhaseView, after: PhaseView): boolean => before.step === after.step && before.committed === after.committed && before.error === after.error;
