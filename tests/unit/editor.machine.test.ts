import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { editorMachine, HISTORY_LIMIT, type EditorEvent } from '../../src/machines/editor.machine';
import { emptyDraft, type QuizDraft } from '../../src/domain/quiz-draft';

const start = emptyDraft('my-set');
const titled = (title: string): QuizDraft => ({ ...start, title });

const DONE = 'xstate.done.actor.persistDraft';
const FAIL = 'xstate.error.actor.persistDraft';

const traversalEvents = [
  { type: 'EDIT', draft: titled('A'), group: 'title' },
  { type: 'EDIT', draft: titled('B') },
  { type: 'UNDO' },
  { type: 'REDO' },
  { type: 'RETRY' },
  { type: DONE },
  { type: FAIL, error: new Error('full') },
] as unknown as EditorEvent[];

type Snapshot = SnapshotFrom<typeof editorMachine>;
/** States that differ only in how deep the history goes are the same for path finding. */
const serializeState = (snapshot: Snapshot) =>
  JSON.stringify([snapshot.value, Math.min(snapshot.context.past.length, 2), Math.min(snapshot.context.future.length, 2), snapshot.context.dirty, snapshot.context.draft.title]);

async function replay(steps: { type: string }[]) {
  // Saves settle in the order they start, each as the path's next DONE or FAIL says.
  const outcomes = steps.filter((step) => step.type === DONE || step.type === FAIL).map((step) => step.type === DONE);
  const saved: QuizDraft[] = [];
  let started = 0;
  const machine = editorMachine.provide({
    actors: {
      persistDraft: fromPromise<void, { draft: QuizDraft }>(async ({ input }) => {
        started++;
        const ok = outcomes.shift();
        // A path that ends while saving leaves the write pending.
        if (ok === undefined) await new Promise(() => {});
        if (!ok) throw new DOMException('full', 'QuotaExceededError');
        saved.push(input.draft);
      }),
    },
  });
  const actor = createActor(machine, { input: { draft: start } }).start();
  let settled = 0;
  for (const step of steps) {
    if (step.type === 'xstate.init') continue;
    if (step.type === DONE || step.type === FAIL) {
      settled++;
      await waitFor(actor, (snapshot) => !snapshot.matches('saving') || started > settled);
      continue;
    }
    actor.send(step as EditorEvent);
  }
  return { actor, saved };
}

const describePath = (steps: { event: { type: string; draft?: QuizDraft } }[]) =>
  steps.map(({ event }) => (event.draft ? `EDIT(${event.draft.title})` : event.type.replace('xstate.', ''))).join(' › ');

describe('every path of the editor', () => {
  const options = { input: { draft: start }, events: traversalEvents, serializeState } as never;
  const shortest = getShortestPaths(editorMachine, options);

  test('reaches every state', () => {
    expect(new Set(shortest.map((path) => path.state.value))).toEqual(new Set(['saved', 'saving', 'saveFailed']));
  });

  test.each(shortest.map((path) => [describePath(path.steps as never), path] as const))('%s', async (_name, path) => {
    const steps = path.steps.map((step) => step.event as { type: string });
    const { actor, saved } = await replay(steps);
    const snapshot = actor.getSnapshot();
    const expected = path.state as Snapshot;
    expect(serializeState(snapshot)).toBe(serializeState(expected));
    expect(snapshot.context.draft).toEqual(expected.context.draft);
    // Once saved, what is stored is what is on screen: nothing typed is lost.
    if (snapshot.matches('saved') && saved.length) expect(saved.at(-1)).toEqual(snapshot.context.draft);
    actor.stop();
  });
});

describe('editor behaviour', () => {
  const run = () => {
    const saved: QuizDraft[] = [];
    const machine = editorMachine.provide({
      actors: { persistDraft: fromPromise<void, { draft: QuizDraft }>(async ({ input }) => void saved.push(input.draft)) },
    });
    return { actor: createActor(machine, { input: { draft: start } }).start(), saved };
  };

  test('typing in one field is one undo step; undo and redo walk the history and each is saved', async () => {
    const { actor, saved } = run();
    for (const title of ['B', 'Br', 'Bri']) actor.send({ type: 'EDIT', draft: titled(title), group: 'title' });
    actor.send({ type: 'EDIT', draft: { ...titled('Bri'), description: 'x' }, group: 'description' });
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(saved.at(-1)).toEqual({ ...titled('Bri'), description: 'x' });
    actor.send({ type: 'UNDO' });
    expect(actor.getSnapshot().context.draft).toEqual(titled('Bri'));
    actor.send({ type: 'UNDO' });
    expect(actor.getSnapshot().context.draft).toEqual(start);
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(saved.at(-1)).toEqual(start);
    actor.send({ type: 'REDO' });
    expect(actor.getSnapshot().context.draft).toEqual(titled('Bri'));
    actor.send({ type: 'EDIT', draft: titled('New') });
    expect(actor.getSnapshot().context.future).toEqual([]);
  });

  test('edits made while a save runs are saved right after it', async () => {
    let release: () => void = () => {};
    const saved: string[] = [];
    const machine = editorMachine.provide({
      actors: {
        persistDraft: fromPromise<void, { draft: QuizDraft }>(async ({ input }) => {
          if (saved.length === 0) await new Promise<void>((resolve) => (release = resolve));
          saved.push(input.draft.title);
        }),
      },
    });
    const actor = createActor(machine, { input: { draft: start } }).start();
    actor.send({ type: 'EDIT', draft: titled('one') });
    actor.send({ type: 'EDIT', draft: titled('two') });
    actor.send({ type: 'EDIT', draft: titled('three') });
    release();
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(saved).toEqual(['one', 'three']);
  });

  test('history keeps the last steps only', () => {
    const { actor } = run();
    for (let index = 0; index < HISTORY_LIMIT + 10; index++) actor.send({ type: 'EDIT', draft: titled(String(index)) });
    expect(actor.getSnapshot().context.past).toHaveLength(HISTORY_LIMIT);
    expect(actor.getSnapshot().context.past[0]).toEqual(titled('9'));
  });
});
