import { afterEach, expect, test, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reloadPage } from '../../src/common/reload-page';
import { answerAndKeep, freshDatabase } from '../unit/db-helpers';
import { activeProfile } from '../../src/db/profiles';
import { startAttempt } from '../../src/db/attempts';
import { loadBundledSets } from '../../src/content/bundled-sets';
import { checkUpFixture } from '../unit/check-up-fixtures';
import { renderApp } from './render-app';
import { smallQuiz } from '../fixtures/small-quiz';
import { navigate, paths } from '../../src/common/router';
import type { FcoDatabase } from '../../src/db/database';

vi.mock('../../src/common/reload-page', () => ({ reloadPage: vi.fn() }));

let db: FcoDatabase;
const observers: MutationObserver[] = [];
afterEach(() => {
  vi.mocked(reloadPage).mockClear();
  for (const observer of observers.splice(0)) observer.disconnect();
  cleanup();
  db?.close();
});

/** Every text the screen shows from now on, so a test can tell what a learner saw even for a moment. */
function recordTexts(): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  observers.push(observer);
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

test('a read of the own sets that fails later, while a screen shows them, says so instead of leaving the screen behind the device', async () => {
  db = freshDatabase();
  const user = userEvent.setup();
  await renderApp(db, '/');
  await screen.findByRole('region', { name: 'Your path' });
  db.quizSets.toArray = (() => Promise.reject(new DOMException('The read failed', 'UnknownError'))) as unknown as typeof db.quizSets.toArray;
  const now = Date.now();
  // Stored in another tab, say: the next read of the own sets fails.
  await db.quizSets.put({ id: 'small-set', quiz: smallQuiz(), createdAt: now, updatedAt: now });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Your earlier answers are safe.');
  expect(screen.queryByRole('region', { name: 'Your path' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(reloadPage).toHaveBeenCalledTimes(1);
});

test.each(['en-check-up-a', 'class-check-up-a'])('an unfinished check-up (%s) opens at its next statement without first saying, even for a moment, that it has changed', async (id) => {
  db = freshDatabase();
  const own = checkUpFixture('A', 'en', 'class-check-up-a');
  await renderApp(db, '/', [own]);
  await screen.findByRole('region', { name: 'Your path' });
  const profileId = (await activeProfile(db))!.id;
  const form = [...(await loadBundledSets()), own].find((quiz) => quiz.id === id)!;
  const attempt = await startAttempt(db, { profileId, setId: form.id, mode: 'check-up', items: form.items.map((item) => ({ setId: form.id, itemId: item.id })) });
  await answerAndKeep(db, { attempt, position: 0, chosen: form.items[0]!.label, correct: true, advance: true });
  const seen = recordTexts();
  // Awaited: a screen that waits for its code (here the play screen's, on its first use) would be left unfinished by a sync act.
  await act(async () => navigate(paths.play(attempt.id)));
  expect(await screen.findByRole('heading', { level: 1, name: 'Statement 2 of 12' })).toBeInTheDocument();
  expect(seen.filter((text) => text.includes('Your check-up has changed') || text.includes('This set has changed'))).toEqual([]);
});
