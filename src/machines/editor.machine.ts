import { assign, fromPromise, setup } from 'xstate';
import type { QuizDraft } from '../domain/quiz-draft';

/** How many steps undo can go back within a session. */
export const HISTORY_LIMIT = 200;

export interface EditorInput {
  draft: QuizDraft;
}

export interface EditorContext {
  draft: QuizDraft;
  past: QuizDraft[];
  future: QuizDraft[];
  /** Edits with the same key in a row (typing in one field) make one undo step. */
  lastGroup: string | null;
  /** The draft changed while a save was running; save again when it ends. */
  dirty: boolean;
  error: unknown;
}

export type EditorEvent =
  | { type: 'EDIT'; draft: QuizDraft; group?: string }
  | { type: 'UNDO' }
  | { type: 'REDO' }
  | { type: 'RETRY' };

const remember = (past: readonly QuizDraft[], draft: QuizDraft) => [...past, draft].slice(-HISTORY_LIMIT);

export const editorMachine = setup({
  types: {
    input: {} as EditorInput,
    context: {} as EditorContext,
    events: {} as EditorEvent,
  },
  actors: {
    persistDraft: fromPromise<void, { draft: QuizDraft }>(async () => {
      throw new Error('persistDraft is provided by the app');
    }),
  },
  guards: {
    canUndo: ({ context }) => context.past.length > 0,
    canRedo: ({ context }) => context.future.length > 0,
    isDirty: ({ context }) => context.dirty,
  },
  actions: {
    edit: assign(({ context, event }) => {
      if (event.type !== 'EDIT') return {};
      const grouped = event.group !== undefined && event.group === context.lastGroup;
      return {
        draft: event.draft,
        past: grouped ? context.past : remember(context.past, context.draft),
        future: [],
        lastGroup: event.group ?? null,
      };
    }),
    undo: assign(({ context }) => ({
      draft: context.past.at(-1) ?? context.draft,
      past: context.past.slice(0, -1),
      future: [context.draft, ...context.future],
      lastGroup: null,
    })),
    redo: assign(({ context }) => ({
      draft: context.future[0] ?? context.draft,
      past: remember(context.past, context.draft),
      future: context.future.slice(1),
      lastGroup: null,
    })),
    markDirty: assign({ dirty: true }),
    markClean: assign({ dirty: false, error: null }),
    keepError: assign({ error: ({ event }) => ('error' in event ? event.error : event) }),
  },
}).createMachine({
  id: 'editor',
  context: ({ input }) => ({ draft: input.draft, past: [], future: [], lastGroup: null, dirty: false, error: null }),
  initial: 'saved',
  states: {
    saved: {
      on: {
        EDIT: { target: 'saving', actions: 'edit' },
        UNDO: { guard: 'canUndo', target: 'saving', actions: 'undo' },
        REDO: { guard: 'canRedo', target: 'saving', actions: 'redo' },
      },
    },
    saving: {
      entry: 'markClean',
      invoke: {
        id: 'persistDraft',
        src: 'persistDraft',
        input: ({ context }) => ({ draft: context.draft }),
        onDone: [{ guard: 'isDirty', target: 'saving', reenter: true }, { target: 'saved' }],
        onError: { target: 'saveFailed', actions: 'keepError' },
      },
      on: {
        EDIT: { actions: ['edit', 'markDirty'] },
        UNDO: { guard: 'canUndo', actions: ['undo', 'markDirty'] },
        REDO: { guard: 'canRedo', actions: ['redo', 'markDirty'] },
      },
    },
    saveFailed: {
      on: {
        RETRY: 'saving',
        EDIT: { target: 'saving', actions: 'edit' },
        UNDO: { guard: 'canUndo', target: 'saving', actions: 'undo' },
        REDO: { guard: 'canRedo', target: 'saving', actions: 'redo' },
      },
    },
  },
});
