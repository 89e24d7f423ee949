import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
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

async function startSmallSet(mode: 'Practice' | 'Test') {
  db = freshDatabase();
  const user = userEvent.setup();
  await renderApp(db, '/sets/small-set', [smallQuiz()]);
  await user.click(await screen.findByRole('radio', { name: new RegExp(`^${mode}`) }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 3' });
  return user;
}

/** Every transaction started from here waits until the returned function is called: a disk that is slow to answer. */
function holdTransactions(): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  type Transaction = (...args: unknown[]) => Promise<unknown>;
  const transaction = (db.transaction as Transaction).bind(db);
  (db as unknown as { transaction: Transaction }).transaction = (...args) => gate.then(() => transaction(...args));
  return release;
}

/** The live status line of the statement being played, where the verdict is announced. */
const status = () => within(screen.getByRole('article', { name: /^Statement \d of \d$/ })).getByRole('status');

describe('practice mode', () => {
  test('answer by click: the verdict, the explanation with cue words, then Next', async () => {
    const user = await startSmallSet('Practice');
    expect(screen.getByRole('mark')).toHaveTextContent('The bridge opened in 1932.');
    await user.click(screen.getByRole('button', { name: /^Attributed claim/ }));
    expect(await screen.findByText('Not quite — this is a fact')).toBe(status());
    const feedback = screen.getByRole('region', { name: 'Why' });
    expect(within(feedback).getByText('Checkable: the opening year can be looked up.')).toBeInTheDocument();
    expect(within(feedback).getAllByRole('strong').map((cue) => cue.textContent)).toContain('1932');
    expect(screen.getByRole('button', { name: /^Fact/ })).toBeDisabled();
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next).toHaveFocus();
    await user.click(next);
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement 2 of 3' })).toHaveFocus();
    expect((await db.answers.toArray()).map((answer) => [answer.itemId, answer.chosen, answer.correct])).toEqual([['i1', 'claim', false]]);
  });

  test('answer by keys 1–3, Enter moves on; a second accepted label counts as right; the summary lists what was missed', async () => {
    const user = await startSmallSet('Practice');
    await user.keyboard('1');
    expect(await screen.findByText('Correct')).toBe(status());
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Statement 2 of 3' });
    await user.keyboard('3');
    await screen.findByText('Not quite — this is an attributed claim');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Statement 3 of 3' });
    await user.keyboard('1');
    expect(await screen.findByText('Accepted — the key prefers an opinion')).toBe(status());
    await user.click(screen.getByRole('button', { name: 'See results' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Results: Small set' })).toBeInTheDocument();
    expect(screen.getByText('2 of 3 right')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Right answers by label' });
    expect(within(table).getByRole('row', { name: /Attributed claim 0 of 1/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Fact 1 of 1 100%/ })).toBeInTheDocument();
    expect(screen.getByText('You chose Opinion; the key says Attributed claim.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try missed again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 1' })).toBeInTheDocument();
    expect(screen.getByRole('mark')).toHaveTextContent('According to the mayor, it is safe.');
  });
});

describe('test mode', () => {
  test('a choice made by click is taken with Enter, as one made with a key is', async () => {
    const user = await startSmallSet('Test');
    await user.click(screen.getByRole('button', { name: /^Attributed claim/ }));
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement 2 of 3' })).toBeInTheDocument();
    expect((await db.answers.toArray()).map((answer) => answer.chosen)).toEqual(['claim']);
  });

  test('a choice can change until Next confirms it; answers are taken without feedback and all is explained at the end', async () => {
    const user = await startSmallSet('Test');
    const next = () => screen.getByRole('button', { name: /^(Next|See results)$/ });
    expect(next()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^Fact/ }));
    expect(screen.getByRole('button', { name: /^Fact/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /^Opinion/ }));
    expect(screen.getByRole('button', { name: /^Fact/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: /^Opinion/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await db.answers.count()).toBe(0);
    await user.click(next());
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement 2 of 3' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Why' })).toBeNull();
    expect(screen.queryByText(/Correct|Not quite/)).toBeNull();
    await user.keyboard('1');
    await user.keyboard('2');
    expect(screen.getByRole('heading', { level: 1, name: 'Statement 2 of 3' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Statement 3 of 3' });
    await user.keyboard('3');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Results: Small set' })).toBeInTheDocument();
    expect(screen.getByText('2 of 3 right')).toBeInTheDocument();
    expect(screen.getByText('Checkable: the opening year can be looked up.')).toBeInTheDocument();
    expect(screen.getByText('Attribution frame wins: "According to the mayor".')).toBeInTheDocument();
    expect(screen.getByText('A judgment in the writer\'s own voice: "most beautiful".')).toBeInTheDocument();
    const answers = await db.answers.toArray();
    expect(answers.sort((a, b) => a.position - b.position).map((answer) => [answer.chosen, answer.mode])).toEqual([['opinion', 'test'], ['claim', 'test'], ['opinion', 'test']]);
  });
});

describe('storage failure', () => {
  test('a full disk shows a clear message, keeps earlier answers, and retry stores the answer once', async () => {
    const user = await startSmallSet('Practice');
    await user.keyboard('1');
    await screen.findByText('Correct');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Statement 2 of 3' });
    let full = true;
    db.answers.hook('creating', () => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.keyboard('2');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("This device's storage is full, so the last change could not be saved.");
    expect(alert).toHaveTextContent('Your earlier answers are safe.');
    expect(await db.answers.count()).toBe(1);
    full = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Correct')).toBeInTheDocument();
    expect(await db.answers.count()).toBe(2);
  });
});

describe('a slow write', () => {
  test('shows nothing until it is slow, then says it is saving; a second answer meanwhile is not taken; the verdict follows', async () => {
    const user = await startSmallSet('Practice');
    const release = holdTransactions();
    await user.keyboard('1');
    await user.keyboard('2');
    expect(status()).toHaveTextContent(/^$/);
    expect(screen.getByRole('button', { name: /^Fact/ })).toBeEnabled();
    expect(await screen.findByText('Saving your answer…')).toBe(status());
    expect(screen.getByRole('button', { name: /^Fact/ })).toBeDisabled();
    release();
    expect(await screen.findByText('Correct')).toBe(status());
    expect((await db.answers.toArray()).map((answer) => answer.chosen)).toEqual(['fact']);
  });
});

describe('a slow write in test mode', () => {
  test('a choice changed while the answer is being written is not taken: the choice shown stays the one written', async () => {
    const user = await startSmallSet('Test');
    const release = holdTransactions();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.keyboard('3');
    expect(screen.getByRole('button', { name: /^Fact/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Opinion/ })).toHaveAttribute('aria-pressed', 'false');
    release();
    await screen.findByRole('heading', { level: 1, name: 'Statement 2 of 3' });
    expect((await db.answers.toArray()).map((answer) => answer.chosen)).toEqual(['fact']);
  });
});

describe('a passage with paragraph breaks', () => {
  test('shows its paragraphs apart, with the statement marked in its own paragraph and its cue words after answering', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    const quiz = smallQuiz();
    quiz.passages[0]!.text = 'The bridge opened in 1932.\n\nAccording to the mayor, it is safe.\n\nIt is the most beautiful bridge in the world.';
    await renderApp(db, '/sets/small-set', [quiz]);
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 3' });
    const paragraphs = within(screen.getByRole('blockquote')).getAllByRole('paragraph');
    expect(paragraphs.map((paragraph) => paragraph.textContent)).toEqual([
      'The bridge opened in 1932.',
      'According to the mayor, it is safe.',
      'It is the most beautiful bridge in the world.',
    ]);
    expect(within(paragraphs[0]!).getByRole('mark')).toHaveTextContent('The bridge opened in 1932.');
    await user.keyboard('1');
    await screen.findByText('Correct');
    expect(within(within(paragraphs[0]!).getByRole('mark')).getByRole('strong')).toHaveTextContent('1932');
  });
});
