import { describe, expect, test, vi } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { phaseView, sessionPhaseMachine, SLOW_WRITE_MS, type AnswerRequest, type PhaseInput, type SessionEvent } from '../../src/machines/quiz-session.machine';

const input = (over: Partial<PhaseInput> = {}): PhaseInput => ({ mode: 'practice', position: 0, answered: false, ...over });
const request = (over: Partial<AnswerRequest> = {}): AnswerRequest => ({ position: 0, chosen: 'fact', correct: true, advance: false, ...over });

const DONE_ANSWER = 'xstate.done.actor.0.sessionPhase.saving';
const FAIL_ANSWER = 'xstate.error.actor.0.sessionPhase.saving';
const DONE_ADVANCE = 'xstate.done.actor.0.sessionPhase.advancing';
const FAIL_ADVANCE = 'xstate.error.actor.0.sessionPhase.advancing';

const traversalEvents = [
  { type: 'ANSWER', request: request() },
  { type: 'NEXT' },
  { type: 'RETRY' },
  { type: 'DISMISS' },
  { type: DONE_ANSWER },
  { type: FAIL_ANSWER, error: new Error('full') },
  { type: DONE_ADVANCE },
  { type: FAIL_ADVANCE, error: new Error('full') },
] as unknown as SessionEvent[];

/** Replays a path on a real actor whose storage succeeds or fails as the path says. */
async function replay(start: PhaseInput, steps: { type: string }[], failure: () => Error = () => new DOMException('full', 'QuotaExceededError')) {
  const outcomes: boolean[] = [];
  const stored: AnswerRequest[] = [];
  const advanced: number[] = [];
  const settle = async () => {
    const ok = outcomes.shift();
    // A path that ends while storing leaves the write pending.
    if (ok === undefined) await new Promise(() => {});
    if (!ok) throw failure();
  };
  const machine = sessionPhaseMachine.provide({
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
  const busy = (snapshot: ReturnType<typeof actor.getSnapshot>) => snapshot.matches('saving') || snapshot.matches('advancing');
  for (const [index, step] of steps.entries()) {
    if (step.type === 'xstate.init') continue;
    if (step.type.startsWith('xstate.')) {
      await waitFor(actor, (snapshot) => !busy(snapshot));
      continue;
    }
    const next = steps[index + 1];
    if (next?.type.startsWith('xstate.')) outcomes.push(next.type.startsWith('xstate.done'));
    actor.send(step as SessionEvent);
  }
  return { actor, stored, advanced };
}

const describePath = (steps: { event: { type: string } }[]) => steps.map(({ event }) => event.type.replace(/^xstate\.(\w+)\.actor\.0\.sessionPhase\./, '$1:')).join(' › ');

describe.each([
  ['practice', input()],
  ['test', input({ mode: 'test' })],
])('every path of a %s statement', (_mode, start) => {
  const options = { input: start, events: traversalEvents } as never;
  const shortest = getShortestPaths(sessionPhaseMachine, options);
  const simple = getSimplePaths(sessionPhaseMachine, options);

  test('reaches every phase the mode can reach', () => {
    const reached = new Set(shortest.map((path) => String(path.state.value)));
    const expected = start.mode === 'practice'
      ? ['question', 'saving', 'answerFailed', 'feedback', 'advancing', 'advanceFailed', 'moving']
      : ['question', 'saving', 'answerFailed', 'moving', 'advancing', 'advanceFailed', 'feedback'];
    expect([...reached].sort()).toEqual(expected.sort());
  });

  test.each([...shortest, ...simple].map((path) => [describePath(path.steps), path] as const))('%s', async (_name, path) => {
    const steps = path.steps.map((step) => step.event as { type: string });
    const { actor, stored, advanced } = await replay(start, steps);
    expect(actor.getSnapshot().value).toEqual(path.state.value);
    expect(stored).toHaveLength(steps.filter((step) => step.type === DONE_ANSWER).length);
    expect(advanced).toHaveLength(steps.filter((step) => step.type === DONE_ADVANCE).length);
    actor.stop();
  });
});

describe('phase behaviour', () => {
  test('a practice answer is stored as asked, and feedback comes only after the write', async () => {
    const answer = request({ position: 1, chosen: 'opinion', correct: true });
    const { actor, stored } = await replay(input({ position: 1 }), [{ type: 'ANSWER', request: answer } as never, { type: DONE_ANSWER }]);
    expect(actor.getSnapshot().value).toBe('feedback');
    expect(stored).toEqual([answer]);
  });

  test('a test answer moves on in the same write: the phase waits for the stored position to move', async () => {
    const answer = request({ chosen: 'claim', correct: false, advance: true });
    const { actor, stored } = await replay(input({ mode: 'test' }), [{ type: 'ANSWER', request: answer } as never, { type: DONE_ANSWER }]);
    expect(stored).toEqual([answer]);
    expect(actor.getSnapshot().value).toBe('moving');
  });

  test('a write draws as the question until it is slow, then as saving; it is never drawn as an answer', () => {
    vi.useFakeTimers();
    try {
      const machine = sessionPhaseMachine.provide({ actors: { persistAnswer: fromPromise<void, AnswerRequest>(() => new Promise(() => {})) } });
      const actor = createActor(machine, { input: input() }).start();
      actor.send({ type: 'ANSWER', request: request() });
      expect(actor.getSnapshot().value).toBe('saving');
      expect(phaseView(actor.getSnapshot())).toMatchObject({ step: 'question', committed: null });
      vi.advanceTimersByTime(SLOW_WRITE_MS - 1);
      expect(phaseView(actor.getSnapshot()).step).toBe('question');
      vi.advanceTimersByTime(1);
      expect(phaseView(actor.getSnapshot())).toMatchObject({ step: 'saving', committed: null });
      actor.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  test('starts from what storage holds: feedback when the statement is answered, else the question', () => {
    expect(createActor(sessionPhaseMachine, { input: input({ answered: true }) }).start().getSnapshot().value).toBe('feedback');
    expect(createActor(sessionPhaseMachine, { input: input() }).start().getSnapshot().value).toBe('question');
  });

  test('a failed write keeps the learner on the statement with the error, and retry stores it once', async () => {
    const { actor, stored } = await replay(input(), [{ type: 'ANSWER', request: request() } as never, { type: FAIL_ANSWER }, { type: 'RETRY' }, { type: DONE_ANSWER }]);
    expect(actor.getSnapshot().value).toBe('feedback');
    expect(stored).toHaveLength(1);
  });

  test('when another tab answered first, no error shows: the screen shows the stored answer', async () => {
    const stale = () => Object.assign(new Error('moved on'), { name: 'StaleAttemptError' });
    const { actor } = await replay(input(), [{ type: 'ANSWER', request: request() } as never, { type: FAIL_ANSWER }], stale);
    expect(actor.getSnapshot().value).toBe('question');
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});
