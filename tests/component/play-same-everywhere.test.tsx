import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { smallQuiz } from '../fixtures/small-quiz';
import { renderApp } from './render-app';
import type { FcoDatabase } from '../../src/db/database';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

type User = ReturnType<typeof userEvent.setup>;

/** What a learner sees after each step: the counter, the verdict, what has focus, the buttons' state. */
function seen(): string {
  const counter = screen.queryByRole('heading', { level: 1, name: /^Statement \d of \d$/ })?.textContent ?? '—';
  const play = screen.queryByRole('article', { name: /^Statement \d of \d$/ });
  const verdict = (play && within(play).queryByRole('status')?.textContent) ?? '';
  const focused = document.activeElement?.textContent?.trim().slice(0, 20) ?? '';
  const fact = screen.queryAllByRole('button', { name: /^Fact/ })[0];
  return `${counter} | ${verdict || '(no verdict)'} | focus: ${focused} | Fact ${fact ? (fact.hasAttribute('disabled') ? 'disabled' : 'enabled') : 'absent'}`;
}

/**
 * One script of keys and clicks, the same for every kind of session; after each step the screen must settle on
 * what a learner should see next (focus moves a moment after the verdict shows, so each state is awaited).
 */
async function script(user: User): Promise<string[]> {
  const seenAfter: string[] = [];
  const settle = async (index: number) => {
    await waitFor(() => expect(seen()).toBe(expected[index]));
    seenAfter.push(seen());
  };
  await settle(0);
  const actions = [
    () => user.keyboard('1'),
    () => user.keyboard('{Enter}'),
    () => user.click(screen.getByRole('button', { name: /^Opinion/ })),
    () => user.keyboard('{Enter}'),
    () => user.keyboard('3'),
  ];
  for (const [index, action] of actions.entries()) {
    await action();
    await settle(index + 1);
  }
  await user.click(screen.getByRole('button', { name: 'See results' }));
  return seenAfter;
}

const expected = [
  'Statement 1 of 3 | (no verdict) | focus: Statement 1 of 3 | Fact enabled',
  'Statement 1 of 3 | Correct | focus: Next | Fact disabled',
  'Statement 2 of 3 | (no verdict) | focus: Statement 2 of 3 | Fact enabled',
  'Statement 2 of 3 | Not quite — this is an attributed claim | focus: Next | Fact disabled',
  'Statement 3 of 3 | (no verdict) | focus: Statement 3 of 3 | Fact enabled',
  'Statement 3 of 3 | Correct | focus: See results | Fact disabled',
];

describe('one play screen', () => {
  test("a learner's set and the teacher's preview answer the same keys and clicks the same way; only the learner's is stored", async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/sets/small-set', [smallQuiz()]);
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 3' });
    const learner = await script(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Results: Small set' })).toBeInTheDocument();
    expect(await db.answers.count()).toBe(3);
    cleanup();
    db.close();

    db = freshDatabase();
    await renderApp(db, '/teacher/sets/small-set/preview', [smallQuiz()]);
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 3' });
    const preview = await script(user);
    expect(await screen.findByRole('heading', { level: 1, name: /2 of 3/ })).toBeInTheDocument();
    expect(await db.answers.count()).toBe(0);
    expect(await db.attempts.count()).toBe(0);

    expect(learner).toEqual(expected);
    expect(preview).toEqual(learner);
  });
});
