import { assign, fromPromise, setup } from 'xstate';
import type { Label } from '../domain/quiz-schema';
import { isAccepted } from '../domain/scoring';

export type SessionMode = 'practice' | 'test';

export interface SessionStatement {
  label: Label;
  alsoAccept?: Label | undefined;
}

export interface SessionInput {
  statements: readonly SessionStatement[];
  mode: SessionMode;
  /** Where the stored attempt stands: the statement on screen. */
  position: number;
  /** Stored choices by position. */
  chosen: readonly (Label | undefined)[];
}

export interface SessionContext extends SessionInput {
  pending: Label | null;
  error: unknown;
}

export interface AnswerRequest {
  position: number;
  chosen: Label;
  correct: boolean;
  advance: boolean;
}

export type SessionEvent =
  | { type: 'ANSWER'; label: Label }
  | { type: 'NEXT' }
  | { type: 'RETRY' }
  | { type: 'DISMISS' }
  /** The stored attempt changed elsewhere (another tab); follow it. */
  | { type: 'SYNC'; position: number; chosen: readonly (Label | undefined)[] };

const isFinished = ({ context }: { context: SessionContext }) => context.position >= context.statements.length;
const isAnswered = ({ context }: { context: SessionContext }) => context.chosen[context.position] !== undefined;

export const quizSessionMachine = setup({
  types: {
    input: {} as SessionInput,
    context: {} as SessionContext,
    events: {} as SessionEvent,
  },
  actors: {
    persistAnswer: fromPromise<void, AnswerRequest>(async () => {
      throw new Error('persistAnswer is provided by the app');
    }),
    persistAdvance: fromPromise<void, { position: number }>(async () => {
      throw new Error('persistAdvance is provided by the app');
    }),
  },
  guards: {
    isFinished,
    isAnswered,
    isTest: ({ context }) => context.mode === 'test',
    differsFromStore: ({ context, event }) =>
      event.type === 'SYNC' &&
      (event.position !== context.position ||
        event.chosen.length !== context.chosen.length ||
        event.chosen.some((label, index) => label !== context.chosen[index])),
  },
  actions: {
    takeChoice: assign({ pending: ({ event }) => (event.type === 'ANSWER' ? event.label : null) }),
    storeChoice: assign({
      chosen: ({ context }) => {
        const chosen = [...context.chosen];
        chosen[context.position] = context.pending ?? undefined;
        return chosen;
      },
      pending: null,
      error: null,
    }),
    moveOn: assign({ position: ({ context }) => context.position + 1, error: null }),
    keepError: assign({ error: ({ event }) => ('error' in event ? event.error : event) }),
    clearError: assign({ error: null, pending: null }),
    follow: assign(({ event, context }) =>
      event.type === 'SYNC' ? { position: event.position, chosen: [...event.chosen], pending: null, error: null } : context,
    ),
  },
}).createMachine({
  id: 'quizSession',
  context: ({ input }) => ({ ...input, chosen: [...input.chosen], pending: null, error: null }),
  initial: 'routing',
  on: {
    SYNC: { guard: 'differsFromStore', target: '.routing', actions: 'follow' },
  },
  states: {
    routing: {
      always: [
        { guard: 'isFinished', target: 'finished' },
        { guard: 'isAnswered', target: 'feedback' },
        { target: 'question' },
      ],
    },
    question: {
      on: { ANSWER: { target: 'saving', actions: 'takeChoice' } },
    },
    saving: {
      invoke: {
        id: 'persistAnswer',
        src: 'persistAnswer',
        input: ({ context }): AnswerRequest => {
          const statement = context.statements[context.position];
          const chosen = context.pending ?? 'fact';
          return {
            position: context.position,
            chosen,
            correct: statement ? isAccepted(statement, chosen) : false,
            advance: context.mode === 'test',
          };
        },
        onDone: [
          { guard: 'isTest', target: 'routing', actions: ['storeChoice', 'moveOn'] },
          { target: 'feedback', actions: 'storeChoice' },
        ],
        onError: { target: 'answerFailed', actions: 'keepError' },
      },
    },
    answerFailed: {
      on: {
        RETRY: 'saving',
        DISMISS: { target: 'question', actions: 'clearError' },
      },
    },
    feedback: {
      on: { NEXT: 'advancing' },
    },
    advancing: {
      invoke: {
        id: 'persistAdvance',
        src: 'persistAdvance',
        input: ({ context }) => ({ position: context.position }),
        onDone: { target: 'routing', actions: 'moveOn' },
        onError: { target: 'advanceFailed', actions: 'keepError' },
      },
    },
    advanceFailed: {
      on: {
        RETRY: 'advancing',
        DISMISS: { target: 'feedback', actions: 'clearError' },
      },
    },
    finished: {},
  },
});
