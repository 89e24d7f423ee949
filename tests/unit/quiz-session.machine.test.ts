import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { quizSessionMachine, type AnswerRequest, type SessionEvent, type SessionInput } from '../../src/machines/quiz-session.machine';

const statements = [{ label: 'fact' as const }, { label: 'claim' as const, alsoAccept: 'opinion' as const }];

const input = (over: Partial<SessionInput> = {}): SessionInput => ({ statements, mode: 'practice', position: 0, chosen: [], ...over });

const DONE_ANSWER = 'xstate.done.actor.persistAnswer';
const FAIL_ANSWER = 'xstate.error.actor.persistAnswer';
const DONE_ADVANCE = 'xstate.done.actor.persistAdvance';
const FAIL_ADVANCE = 'xstate.error.actor.persistAdvance';

const traversalEvents = [
  { type: 'ANSWER', label: 'fact' },
  { type: 'ANSWER', label: 'opinion' },
  { type: 'NEXT' },
  { type: 'RETRY' },
  { type: 'DISMISS' },
  { type: DONE_ANSWER },
  { type: FAIL_ANSWER, error: new Error('full') },
  { type: DONE_ADVANCE },
  { type: FAIL_ADVANCE, error: new Error('full') },
] as unknown as SessionEvent[];

/** Replays a path on a real actor whose storage succeeds or fails as the path says. */
async function replay(start: SessionInput, steps: { type: string; label?: string }[]) {
  const outcomes: boolean[] = [];
  const stored: AnswerRequest[] = [];
  const advanced: number[] = [];
  const settle = async () => {
    const ok = outcomes.shift();
    // A path that ends while storing leaves the write pending.
    if (ok === undefined) await new Promise(() => {});
    if (!ok) throw new DOMException('full', 'QuotaExceededError');
  };
  const machine = quizSessionMachine.provide({
    actors: {
      persistAnswer: fromPromise<void, AnswerRequest>(async ({ input }) => {
        await settle();
        stored.push(input);
      }),
      persistAdvance: fromPromise<void, { position: number }>(async ({ input }) => {
        await settle();
        advanced.push(input.position);
      }),
    },
  });
  const actor = createActor(machine, { input: start }).start();
  const pendingOutcomeFor = (index: number) => {
    const next = steps[index + 1];
    return next?.type.startsWith('xstate.') ? next.type.startsWith('xstate.done') : undefined;
  };
  for (const [index, step] of steps.entries()) {
    if (step.type === 'xstate.init') continue;
    if (step.type.startsWith('xstate.')) {
      await waitFor(actor, (snapshot) => !snapshot.matches('saving') && !snapshot.matches('advancing'));
      continue;
    }
    const outcome = pendingOutcomeFor(index);
    if (outcome !== undefined) outcomes.push(outcome);
    actor.send(step as SessionEvent);
  }
  return { actor, stored, advanced };
}

function describePath(steps: { event: { type: string; label?: string } }[]) {
  return steps.map(({ event }) => (event.label ? `${event.type}(${event.label})` : event.type.replace('xstate.', ''))).join(' › ');
}

describe.each([
  ['practice', input()],
  ['test', input({ mode: 'test' })],
])('every path of a %s session', (_mode, start) => {
  const options = { input: start, events: traversalEvents } as never;
  const shortest = getShortestPaths(quizSessionMachine, options);
  const simple = getSimplePaths(quizSessionMachine, options);

  test('reaches every state the mode can reach', () => {
    const reached = new Set(shortest.map((path) => JSON.stringify(path.state.value)));
    const expected = start.mode === 'practice'
      ? ['question', 'saving', 'answerFailed', 'feedback', 'advancing', 'advanceFailed', 'finished']
      : ['question', 'saving', 'answerFailed', 'finished'];
    expect([...reached].sort()).toEqual(expected.map((state) => JSON.stringify(state)).sort());
  });

  test.each([...shortest, ...simple].map((path) => [describePath(path.steps), path] as const))('%s', async (_name, path) => {
    const steps = path.steps.map((step) => step.event as { type: string; label?: string });
    const { actor, stored } = await replay(start, steps);
    expect(actor.getSnapshot().value).toEqual(path.state.value);
    expect(actor.getSnapshot().context.position).toBe(path.state.context.position);
    expect(actor.getSnapshot().context.chosen).toEqual(path.state.context.chosen);
    const stores = steps.filter((step) => step.type === DONE_ANSWER).length;
    expect(stored).toHaveLength(stores);
    actor.stop();
  });
});

describe('session behaviour', () => {
  test('a practice answer is stored before feedback, with correctness from the key and a second accepted label', async () => {
    const { actor, stored } = await replay(input({ position: 1, chosen: ['fact'] }), [
      { type: 'ANSWER', label: 'opinion' },
      { type: DONE_ANSWER },
    ]);
    expect(actor.getSnapshot().value).toBe('feedback');
    expect(stored).toEqual([{ position: 1, chosen: 'opinion', correct: true, advance: false }]);
  });

  test('a test answer moves on in the same write, without feedback', async () => {
    const { actor, stored } = await replay(input({ mode: 'test' }), [{ type: 'ANSWER', label: 'claim' }, { type: DONE_ANSWER }]);
    expect(stored).toEqual([{ position: 0, chosen: 'claim', correct: false, advance: true }]);
    expect(actor.getSnapshot().value).toBe('question');
    expect(actor.getSnapshot().context.position).toBe(1);
  });

  test('resumes from the store: in feedback when the statement on screen is answered, finished at the end', () => {
    expect(createActor(quizSessionMachine, { input: input({ position: 1, chosen: ['fact', 'claim'] }) }).start().getSnapshot().value).toBe('feedback');
    expect(createActor(quizSessionMachine, { input: input({ position: 1, chosen: ['fact'] }) }).start().getSnapshot().value).toBe('question');
    expect(createActor(quizSessionMachine, { input: input({ position: 2, chosen: ['fact', 'claim'] }) }).start().getSnapshot().value).toBe('finished');
  });

  test('a failed write keeps the learner on the statement with the error, and retry stores it once', async () => {
    const { actor, stored } = await replay(input(), [
      { type: 'ANSWER', label: 'fact' },
      { type: FAIL_ANSWER },
      { type: 'RETRY' },
      { type: DONE_ANSWER },
    ]);
    expect(actor.getSnapshot().value).toBe('feedback');
    expect(stored).toHaveLength(1);
  });

  test('follows the store when another tab moves on, and ignores an unchanged store', () => {
    const actor = createActor(quizSessionMachine, { input: input() }).start();
    actor.send({ type: 'SYNC', position: 0, chosen: [] });
    expect(actor.getSnapshot().value).toBe('question');
    actor.send({ type: 'SYNC', position: 0, chosen: ['claim'] });
    expect(actor.getSnapshot().value).toBe('feedback');
    actor.send({ type: 'SYNC', position: 2, chosen: ['claim', 'fact'] });
    expect(actor.getSnapshot().value).toBe('finished');
  });
});
