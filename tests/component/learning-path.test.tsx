import { afterEach, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { smallQuiz } from '../fixtures/small-quiz';
import { renderApp } from './render-app';
import type { FcoDatabase } from '../../src/db/database';
import type { Quiz } from '../../src/domain/quiz-schema';
import { BUNDLED_SETS, loadBundledSets } from '../../src/content/bundled-sets';
import { startAttempt } from '../../src/db/attempts';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

const practice = (id: string, title: string, language: string, level: Quiz['level']): Quiz => ({ ...smallQuiz(), id, title, language, level });

test('Home leads with the learner\'s path in level order, marks where to start, and keeps other languages apart and playable', async () => {
  db = freshDatabase();
  const user = userEvent.setup();
  await renderApp(db, '/', [
    practice('en-2-judgment', 'Whose judgment', 'en', 2),
    practice('ar-1-who', 'من يقول ذلك', 'ar', 1),
    practice('en-1-who', 'Who says so', 'en', 1),
  ]);
  const path = await screen.findByRole('region', { name: 'Your path' });
  await within(path).findByRole('heading', { level: 3, name: 'Whose judgment' });
  const titles = within(path).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
  expect(screen.getByRole('link', { name: `Start here: ${titles[0]}` })).toHaveAttribute('href', expect.stringMatching(/^\/sets\//));
  expect(titles.indexOf('Who says so')).toBeLessThan(titles.indexOf('Whose judgment'));
  const levels = within(path).getAllByText(/^Level \d/).map((label) => Number(/\d/.exec(label.textContent ?? '')![0]));
  expect(levels).toEqual([...levels].sort());
  expect(levels.at(-1)).toBe(6);
  const first = within(path).getAllByRole('listitem')[0]!;
  expect(within(first).getByText('Level 1 · Who says so?')).toBeInTheDocument();
  expect(within(first).getByText('Start here')).toBeInTheDocument();
  expect(within(first).getByText('Practice text written for this app; the people and places are invented.')).toBeInTheDocument();

  await user.click(screen.getByText('Sets in Arabic'));
  const arabic = screen.getByRole('region', { name: 'Sets in Arabic' });
  const arabicTitle = within(arabic).getByRole('heading', { level: 3, name: 'من يقول ذلك' });
  expect(arabicTitle).toHaveAttribute('lang', 'ar');
  expect(arabicTitle).toHaveAttribute('dir', 'rtl');
  await user.click(within(arabic).getByRole('link', { name: 'من يقول ذلك' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'من يقول ذلك' })).toBeInTheDocument();
});

test('mixed practice draws from the learner\'s language unless other languages are ticked in', async () => {
  db = freshDatabase();
  const user = userEvent.setup();
  await renderApp(db, '/', [practice('en-1-who', 'Who says so', 'en', 1), practice('ar-1-who', 'من يقول ذلك', 'ar', 1)]);
  const mixed = (await screen.findByRole('heading', { level: 2, name: 'Mixed practice' })).closest('li')!;
  const bundled = (await loadBundledSets()).filter((quiz) => quiz.purpose !== 'check-up');
  const english = bundled.filter((quiz) => quiz.language === 'en').length + 1;
  expect(await within(mixed).findByText(new RegExp(`drawn from ${english} sets`))).toBeInTheDocument();
  await user.click(within(mixed).getByRole('checkbox', { name: 'Include sets in other languages' }));
  expect(within(mixed).getByText(new RegExp(`drawn from ${bundled.length + 2} sets`))).toBeInTheDocument();
});

test('mixed practice starts with 15 statements from the sets in the learner\'s language, five of each label', async () => {
  db = freshDatabase();
  const user = userEvent.setup();
  await renderApp(db, '/');
  const mixed = (await screen.findByRole('heading', { level: 2, name: 'Mixed practice' })).closest('li')!;
  await user.click(within(mixed).getByRole('button', { name: 'Start mixed practice' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 15' })).toBeInTheDocument();
  const [attempt] = await db.attempts.toArray();
  const english = new Set(BUNDLED_SETS.filter((set) => set.language === 'en').map((set) => set.id));
  expect(attempt!.items).toHaveLength(15);
  expect(attempt!.items.filter((ref) => !english.has(ref.setId))).toEqual([]);
  const keys = new Map((await loadBundledSets([...english])).flatMap((quiz) => quiz.items.map((item) => [`${quiz.id}/${item.id}`, item.label] as const)));
  const labels = attempt!.items.map((ref) => keys.get(`${ref.setId}/${ref.itemId}`));
  expect(labels.every(Boolean), 'every statement drawn is in its set').toBe(true);
  for (const label of ['fact', 'claim', 'opinion']) expect(labels.filter((drawn) => drawn === label)).toHaveLength(5);
});

test('a set begun in a folded language offers to continue it once unfolded, with its figures', async () => {
  db = freshDatabase();
  const user = userEvent.setup();
  const arabic = practice('ar-1-who', 'من يقول ذلك', 'ar', 1);
  await renderApp(db, '/', [practice('en-1-who', 'Who says so', 'en', 1), arabic]);
  const [profile] = await db.profiles.toArray();
  await startAttempt(db, { profileId: profile!.id, setId: arabic.id, mode: 'practice', items: arabic.items.map((item) => ({ setId: arabic.id, itemId: item.id })) });
  await screen.findByRole('region', { name: 'Your path' });
  await user.click(screen.getByText('Sets in Arabic'));
  const folded = screen.getByRole('region', { name: 'Sets in Arabic' });
  expect(await within(folded).findByRole('link', { name: 'Continue من يقول ذلك' })).toHaveTextContent(`Continue at statement 1 of ${arabic.items.length}`);
  expect(within(folded).getByText(`0 of ${arabic.items.length} right`)).toBeInTheDocument();
});
