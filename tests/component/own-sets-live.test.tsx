import { afterEach, expect, test, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reloadPage } from '../../src/common/reload-page';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import { smallQuiz } from '../fixtures/small-quiz';
import { navigate, paths } from '../../src/common/router';
import type { FcoDatabase } from '../../src/db/database';

vi.mock('../../src/common/reload-page', () => ({ reloadPage: vi.fn() }));

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

/** Every text the screen shows from now on, so a test can tell what a learner saw even for a moment. */
function recordTexts(): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  afterEach(() => observer.disconnect());
  return seen;
}

test('a set stored after the first screen read the own sets is on a screen opened later, from its first render, with no reload', async () => {
  db = freshDatabase();
  await renderApp(db, '/');
  await screen.findByRole('region', { name: 'Your path' });
  const now = Date.now();
  // Imported in another tab, say: the shown Home follows it.
  await db.quizSets.put({ id: 'small-set', quiz: smallQuiz(), createdAt: now, updatedAt: now });
  expect(await screen.findByText('Small set')).toBeInTheDocument();
  const seen = recordTexts();
  act(() => navigate(paths.set('small-set')));
  expect(await screen.findByRole('heading', { level: 1, name: 'Small set' })).toBeInTheDocument();
  expect(seen.filter((text) => text.includes('This set does not exist.'))).toEqual([]);
});

test('a failed first read of the own sets says so, and "Try again" loads the page again', async () => {
  db = freshDatabase();
  const user = userEvent.setup();
  db.quizSets.toArray = (() => Promise.reject(new DOMException('The read failed', 'UnknownError'))) as unknown as typeof db.quizSets.toArray;
  await renderApp(db, '/');
  await user.click(await screen.findByRole('button', { name: 'Try again' }));
  expect(reloadPage).toHaveBeenCalledTimes(1);
});
