import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerAndKeep, freshDatabase } from '../unit/db-helpers';
import { checkUpFixture } from '../unit/check-up-fixtures';
import { renderApp } from './render-app';
import type { FcoDatabase } from '../../src/db/database';
import type { Quiz } from '../../src/domain/quiz-schema';
import { loadBundledSets } from '../../src/content/bundled-sets';
import { checkUpOrder, isCheckUp } from '../../src/domain/check-up';
import { startAttempt } from '../../src/db/attempts';
import { dueReviews } from '../../src/db/aggregates';
import { checkUpSkippedKey, SECOND_CHECK_UP_OFFERED_KEY } from '../../src/db/check-up-keys';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

/** A check-up the teacher imported, in a language with no bundled forms, so both kinds are walked. */
const imported = checkUpFixture('A', 'fr', 'class-check-up-a');
const allCheckUps = async (): Promise<Quiz[]> => [...(await loadBundledSets()).filter(isCheckUp), imported];
const learnerId = async () => (await db.profiles.toArray())[0]!.id;

describe('check-up statements cannot be reached through practice', () => {
  test('the bundle has the six forms this walk covers', async () => {
    const ids = (await loadBundledSets()).filter(isCheckUp).map((quiz) => quiz.id);
    expect(ids.sort()).toEqual(['ar-check-up-a', 'ar-check-up-b', 'en-check-up-a', 'en-check-up-b', 'es-check-up-a', 'es-check-up-b']);
  });

  test('Home lists no check-up in the path, the other languages or anywhere; mixed practice over every language draws none', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/', [imported]);
    await screen.findByRole('region', { name: 'Your path' });
    const checkUps = await allCheckUps();
    const hrefs = [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
    for (const quiz of checkUps) {
      expect(hrefs).not.toContain(`/sets/${quiz.id}`);
      expect(screen.queryByText(quiz.title)).toBeNull();
    }
    const practiceCount = (await loadBundledSets()).filter((quiz) => !isCheckUp(quiz)).length;
    const mixed = screen.getByRole('heading', { level: 2, name: 'Mixed practice' }).closest('li')!;
    await user.click(within(mixed).getByRole('checkbox', { name: 'Include sets in other languages' }));
    expect(within(mixed).getByText(new RegExp(`drawn from ${practiceCount} sets`))).toBeInTheDocument();
    const checkUpIds = new Set(checkUps.map((quiz) => quiz.id));
    await user.click(within(mixed).getByRole('button', { name: /Start/ }));
    await screen.findByRole('heading', { level: 1, name: /^Statement 1 of/ });
    const attempts = await db.attempts.toArray();
    expect(attempts).toHaveLength(1);
    expect(attempts.flatMap((attempt) => attempt.items).filter((ref) => checkUpIds.has(ref.setId))).toEqual([]);
  });

  test('every check-up statement missed leaves nothing for review, while a missed practice statement is due', async () => {
    db = freshDatabase();
    await renderApp(db, '/', [imported]);
    const profileId = await learnerId();
    const now = Date.now();
    for (const quiz of await allCheckUps()) {
      const attempt = await startAttempt(db, { profileId, setId: quiz.id, mode: 'check-up', items: quiz.items.map((item) => ({ setId: quiz.id, itemId: item.id })) }, now);
      for (const [position, item] of quiz.items.entries()) {
        await answerAndKeep(db, { attempt, position, chosen: item.label === 'fact' ? 'opinion' : 'fact', correct: false, advance: true }, now + position);
      }
    }
    const practice = (await loadBundledSets()).find((quiz) => !isCheckUp(quiz))!;
    const attempt = await startAttempt(db, { profileId, setId: practice.id, mode: 'practice', items: [{ setId: practice.id, itemId: practice.items[0]!.id }] }, now);
    await answerAndKeep(db, { attempt, position: 0, chosen: 'opinion', correct: false, advance: false }, now);
    const due = await dueReviews(db, profileId, now + 3 * 24 * 60 * 60 * 1000);
    expect(due).toEqual([{ setId: practice.id, itemId: practice.items[0]!.id }]);
  });

  test.each([['en-check-up-a'], ['ar-check-up-b'], ['es-check-up-a'], ['class-check-up-a']])('/sets/%s is refused in plain words, with no way to start it', async (setId) => {
    db = freshDatabase();
    await renderApp(db, `/sets/${setId}`, [imported]);
    expect(await screen.findByRole('heading', { level: 1, name: 'This is a check-up, not a practice set' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Start/ })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  test.each([['en-check-up-b'], ['class-check-up-a']])('the worksheet of %s is refused and its statements are not printed', async (setId) => {
    db = freshDatabase();
    await renderApp(db, `/teacher/sets/${setId}/worksheet`, [imported]);
    expect(await screen.findByRole('heading', { level: 1, name: 'A check-up cannot be printed as a worksheet' })).toBeInTheDocument();
    const quiz = (await allCheckUps()).find((candidate) => candidate.id === setId)!;
    for (const item of quiz.items) expect(document.body.textContent).not.toContain(item.text);
  });

  test('the teacher library offers no worksheet for a check-up, bundled or imported, and does for a practice set', async () => {
    db = freshDatabase();
    await renderApp(db, '/teacher', [imported]);
    for (const title of ['Check-up, form A', imported.title]) {
      const row = await screen.findByRole('listitem', { name: title });
      expect(within(row).queryByRole('link', { name: 'Printable worksheet' })).toBeNull();
    }
    expect(within(screen.getByRole('listitem', { name: 'Late buses on Line 7' })).getByRole('link', { name: 'Printable worksheet' })).toBeInTheDocument();
  });

  test('My progress lists no check-up among the sets', async () => {
    db = freshDatabase();
    await renderApp(db, '/progress', [imported]);
    const table = await screen.findByRole('table', { name: /set/i });
    for (const quiz of await allCheckUps()) expect(within(table).queryByText(quiz.title)).toBeNull();
  });
});

describe('the offer on Home', () => {
  test('a new learner is offered the first form; "Not now" hides it, remembered for this learner after a reload', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    const view = await renderApp(db, '/');
    const offer = await screen.findByRole('region', { name: 'Where do you start?' });
    expect(within(offer).getByText('12 statements, no feedback, about 5 minutes')).toBeInTheDocument();
    await user.click(within(offer).getByRole('button', { name: 'Not now' }));
    await expect.poll(() => screen.queryByRole('region', { name: 'Where do you start?' })).toBeNull();
    expect(await db.settings.get(checkUpSkippedKey(await learnerId()))).toBeDefined();
    view.unmount();
    await renderApp(db, '/', [], null);
    await screen.findByRole('region', { name: 'Your path' });
    expect(screen.queryByRole('region', { name: 'Where do you start?' })).toBeNull();
  });

  test('Start plays the learner’s first form, in their language, with no verdict, and ends on the report', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/');
    const offer = await screen.findByRole('region', { name: 'Where do you start?' });
    const form = checkUpOrder(await learnerId())[0];
    await user.click(within(offer).getByRole('button', { name: 'Start the check-up' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 12' });
    expect(screen.getByText('Check-up')).toBeInTheDocument();
    const attempt = (await db.attempts.toArray())[0]!;
    expect(attempt.mode).toBe('check-up');
    expect(attempt.setId).toBe(`en-check-up-${form.toLowerCase()}`);
    for (let position = 0; position < 12; position += 1) {
      await screen.findByRole('heading', { level: 1, name: `Statement ${position + 1} of 12` });
      await user.click(screen.getByRole('button', { name: /^Fact/ }));
      expect(screen.queryByText(/Correct|Not quite/)).toBeNull();
      await user.click(screen.getByRole('button', { name: position === 11 ? 'See results' : 'Next' }));
    }
    const report = await screen.findByRole('heading', { level: 1, name: 'Your check-up' });
    const section = report.closest('section')!;
    expect(within(section).getByText('Facts:')).toHaveTextContent('Facts: 4 of 4');
    expect(within(section).getByText('Attributed claims:')).toHaveTextContent('Attributed claims: 0 of 4');
    expect(within(section).getByText('Opinions:')).toHaveTextContent('Opinions: 0 of 4');
    expect(within(section).getByText('In all:')).toHaveTextContent('In all: 4 of 12');
    expect((await db.answers.toArray()).every((answer) => answer.mode === 'check-up')).toBe(true);
    expect(await db.reviewCards.count()).toBe(0);
    // The summary with its key is never shown for a check-up, even by its address.
    cleanup();
    await renderApp(db, `/summary/${attempt.id}`, [], null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your check-up' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/check-up');
  });

  test('the second check-up is offered in the language of the first, even when the interface is in another', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/progress');
    await screen.findByRole('heading', { level: 1, name: /^Progress of/ });
    const profileId = await learnerId();
    const [first, second] = checkUpOrder(profileId);
    const spanish = (await loadBundledSets()).find((quiz) => quiz.id === `es-check-up-${first.toLowerCase()}`)!;
    const start = Date.now() - 60_000;
    const attempt = await startAttempt(db, { profileId, setId: spanish.id, mode: 'check-up', items: spanish.items.map((item) => ({ setId: spanish.id, itemId: item.id })) }, start);
    for (const [position, item] of spanish.items.entries()) {
      await answerAndKeep(db, { attempt, position, chosen: item.label, correct: true, advance: true }, start + position + 1);
    }
    await db.settings.put({ key: SECOND_CHECK_UP_OFFERED_KEY, value: String(Date.now()) });
    cleanup();
    await renderApp(db, '/', [], null);
    const offer = await screen.findByRole('region', { name: 'How far have you come?' });
    await user.click(within(offer).getByRole('button', { name: 'Start the check-up' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 12' });
    const started = (await db.attempts.toArray()).find((candidate) => candidate.id !== attempt.id);
    expect(started?.setId).toBe(`es-check-up-${second.toLowerCase()}`);
  });

  test('two check-ups of 6 statements each show both figures but never a change or a gain', async () => {
    db = freshDatabase();
    const small = (form: 'A' | 'B') => {
      const quiz = checkUpFixture(form, 'en', `short-check-up-${form.toLowerCase()}`);
      return { ...quiz, title: `Short ${form}`, items: quiz.items.filter((_, index) => index % 2 === 0) };
    };
    await renderApp(db, '/progress', [small('A'), small('B')]);
    await screen.findByRole('heading', { level: 1, name: /^Progress of/ });
    const profileId = await learnerId();
    for (const [offset, form] of [[0, 'A'], [60_000, 'B']] as const) {
      const quiz = small(form);
      const attempt = await startAttempt(db, { profileId, setId: quiz.id, mode: 'check-up', items: quiz.items.map((item) => ({ setId: quiz.id, itemId: item.id })) }, Date.now() + offset);
      for (const [position, item] of quiz.items.entries()) {
        await answerAndKeep(db, { attempt, position, chosen: form === 'A' ? 'fact' : item.label, correct: form === 'B' || item.label === 'fact', advance: true }, Date.now() + offset + position);
      }
    }
    cleanup();
    await renderApp(db, '/check-up', [], null);
    expect(await screen.findByText('One of your check-ups has fewer than 12 statements answered, so no change is shown.')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('→');
    expect(screen.queryByText(/you have covered/)).toBeNull();
    const totals = screen.getAllByText('In all:').map((item) => item.textContent);
    expect(totals).toEqual(['In all: 2 of 6', 'In all: 6 of 6']);
  });
});

/** Practice answers stored as the app stores them (from before check-ups came, say), `count` of them from `at`. */
async function practised(profileId: string, count: number, at: number) {
  const practice = (await loadBundledSets()).find((quiz) => !isCheckUp(quiz) && quiz.language === 'en')!;
  const item = practice.items[0]!;
  await db.answers.bulkAdd(
    Array.from({ length: count }, (_, index) => ({
      id: `old-${at}-${index}`,
      profileId,
      setId: practice.id,
      itemId: item.id,
      attemptId: `old-attempt-${at}`,
      position: index,
      chosen: item.label,
      correct: true,
      mode: 'practice' as const,
      answeredAt: at + index,
    })),
  );
}

/** The learner's check-up in `form` (English), every statement answered with its key's label, finished at once. */
async function tookCheckUp(profileId: string, form: 'A' | 'B', at: number) {
  const quiz = (await loadBundledSets()).find((candidate) => candidate.id === `en-check-up-${form.toLowerCase()}`)!;
  const attempt = await startAttempt(db, { profileId, setId: quiz.id, mode: 'check-up', items: quiz.items.map((item) => ({ setId: quiz.id, itemId: item.id })) }, at);
  for (const [position, item] of quiz.items.entries()) await answerAndKeep(db, { attempt, position, chosen: item.label, correct: true, advance: true }, at + position + 1);
  return attempt;
}

test('with one check-up, the report counts down the practice still to go, then says the second is on Home', async () => {
  db = freshDatabase();
  await renderApp(db, '/progress');
  await screen.findByRole('heading', { level: 1, name: /^Progress of/ });
  const profileId = await learnerId();
  const now = Date.now();
  await tookCheckUp(profileId, checkUpOrder(profileId)[0], now - 100_000);
  await practised(profileId, 15, now - 50_000);
  cleanup();
  await renderApp(db, '/check-up', [], null);
  await screen.findByRole('heading', { level: 1, name: 'Your check-up' });
  expect(screen.getByText(/^After 25 more practice statements, Home offers a second check-up/)).toBeInTheDocument();
  await practised(profileId, 25, now - 10_000);
  const secondNow = 'Home now offers you a second check-up on new statements; this report will then show what changed.';
  expect(await screen.findByText(secondNow)).toBeInTheDocument();
  // Begun and left unfinished, the second check-up waits on Home: the report does not count down again.
  const second = (await loadBundledSets()).find((quiz) => quiz.id === `en-check-up-${checkUpOrder(profileId)[1].toLowerCase()}`)!;
  await startAttempt(db, { profileId, setId: second.id, mode: 'check-up', items: second.items.map((item) => ({ setId: second.id, itemId: item.id })) }, now - 5_000);
  cleanup();
  await renderApp(db, '/check-up', [], null);
  await screen.findByRole('heading', { level: 1, name: 'Your check-up' });
  expect(screen.getByText(secondNow)).toBeInTheDocument();
  expect(screen.queryByText(/^After \d+ more practice statement/)).toBeNull();
});

describe('a learner who practised before check-ups came', () => {
  test('with 100 practice answers and no check-up, Home offers where they stand now, never "Where do you start?"', async () => {
    db = freshDatabase();
    await renderApp(db, '/progress');
    await screen.findByRole('heading', { level: 1, name: /^Progress of/ });
    await practised(await learnerId(), 100, Date.now() - 86_400_000);
    cleanup();
    await renderApp(db, '/', [], null);
    const offer = await screen.findByRole('region', { name: 'Where do you stand now?' });
    expect(within(offer).getByText(/^You have practised already, so this check-up shows where you stand now, not where you started\./)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Where do you start?' })).toBeNull();
  });

  test('their report says where they stood, not where they started; then the other form, and a gain only after 40 practice answers between', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/progress');
    await screen.findByRole('heading', { level: 1, name: /^Progress of/ });
    const profileId = await learnerId();
    const [first, second] = checkUpOrder(profileId);
    const start = Date.now() - 86_400_000;
    await practised(profileId, 100, start);
    await tookCheckUp(profileId, first, start + 10_000);
    cleanup();
    await renderApp(db, '/check-up', [], null);
    await screen.findByRole('heading', { level: 1, name: 'Your check-up' });
    expect(screen.getByText(/^You had practised before this check-up, so it shows where you stood then, not where you started/)).toBeInTheDocument();
    expect(screen.getByText(/^So far you have taken one check-up, so there is nothing to compare it with yet\. After 40 more practice statements, Home offers a second one/)).toBeInTheDocument();
    expect(screen.queryByText(/Where you start/)).toBeNull();

    // 39 practice answers, then the teacher's offer: the second is the other form, and no gain is worked out.
    await practised(profileId, 39, start + 20_000);
    await db.settings.put({ key: SECOND_CHECK_UP_OFFERED_KEY, value: String(start + 30_000) });
    cleanup();
    await renderApp(db, '/', [], null);
    const offer = await screen.findByRole('region', { name: 'How far have you come?' });
    await user.click(within(offer).getByRole('button', { name: 'Start the check-up' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 12' });
    const begun = (await db.attempts.toArray()).find((attempt) => attempt.mode === 'check-up' && attempt.finishedAt === null)!;
    expect(begun.setId).toBe(`en-check-up-${second.toLowerCase()}`);
    await db.attempts.delete(begun.id);
    await tookCheckUp(profileId, second, start + 40_000);
    cleanup();
    await renderApp(db, '/check-up', [], null);
    await screen.findByRole('heading', { level: 1, name: 'Your two check-ups' });
    expect(screen.getByText(/^Your first check-up came after you had already practised/)).toBeInTheDocument();
    expect(screen.getByText(/^You practised fewer than 40 statements between your two check-ups, so no gain is worked out/)).toBeInTheDocument();
    expect(screen.queryByText(/you have covered/)).toBeNull();
  });

  test('with 40 practice answers between the two, the gain is shown', async () => {
    db = freshDatabase();
    await renderApp(db, '/progress');
    await screen.findByRole('heading', { level: 1, name: /^Progress of/ });
    const profileId = await learnerId();
    const [first, second] = checkUpOrder(profileId);
    const start = Date.now() - 86_400_000;
    await practised(profileId, 100, start);
    // The first check-up all wrong: every statement answered "fact" where it is not one.
    const quiz = (await loadBundledSets()).find((candidate) => candidate.id === `en-check-up-${first.toLowerCase()}`)!;
    const attempt = await startAttempt(db, { profileId, setId: quiz.id, mode: 'check-up', items: quiz.items.map((item) => ({ setId: quiz.id, itemId: item.id })) }, start + 10_000);
    for (const [position, item] of quiz.items.entries()) await answerAndKeep(db, { attempt, position, chosen: item.label === 'fact' ? 'opinion' : 'fact', correct: false, advance: true }, start + 10_001 + position);
    await practised(profileId, 40, start + 20_000);
    await tookCheckUp(profileId, second, start + 40_000);
    cleanup();
    await renderApp(db, '/check-up', [], null);
    await screen.findByRole('heading', { level: 1, name: 'Your two check-ups' });
    // (12/12 − 0/12) / (1 − 0/12) = 100%
    expect(screen.getByText('Of what you still had to learn at your first check-up, you have covered 100%.')).toBeInTheDocument();
    expect(screen.queryByText(/no gain is worked out/)).toBeNull();
  });

  test('a learner who said "Not now", practised and took one check-up: the report says it is the only one, and the other form follows', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/');
    const profileId = await learnerId();
    const [first, second] = checkUpOrder(profileId);
    await user.click(within(await screen.findByRole('region', { name: 'Where do you start?' })).getByRole('button', { name: 'Not now' }));
    const skippedAt = Number((await db.settings.get(checkUpSkippedKey(profileId)))!.value);
    await practised(profileId, 40, skippedAt + 1);
    const offer = await screen.findByRole('region', { name: 'Where do you stand now?' });
    await user.click(within(offer).getByRole('button', { name: 'Start the check-up' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 12' });
    expect((await db.attempts.toArray()).find((attempt) => attempt.mode === 'check-up')!.setId).toBe(`en-check-up-${first.toLowerCase()}`);
    await db.attempts.clear();
    await tookCheckUp(profileId, first, skippedAt + 1_000);
    cleanup();
    await renderApp(db, '/check-up', [], null);
    await screen.findByRole('heading', { level: 1, name: 'Your check-up' });
    expect(screen.getByText(/^So far you have taken one check-up, so there is nothing to compare it with yet/)).toBeInTheDocument();
    cleanup();
    await renderApp(db, '/', [], null);
    await screen.findByRole('region', { name: 'Your path' });
    expect(screen.queryByRole('region', { name: /Where do you|How far/ }), 'no offer until more practice').toBeNull();
    await practised(profileId, 40, skippedAt + 100_000);
    const next = await screen.findByRole('region', { name: 'How far have you come?' });
    await user.click(within(next).getByRole('button', { name: 'Start the check-up' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 12' });
    expect((await db.attempts.toArray()).find((attempt) => attempt.finishedAt === null)!.setId).toBe(`en-check-up-${second.toLowerCase()}`);
  });
});

describe('a check-up begun before an app update changed its form', () => {
  /** An open check-up whose statements (ids from the old form) the form on the device no longer has. */
  async function openOldCheckUp() {
    const profileId = await learnerId();
    const form = checkUpOrder(profileId)[0];
    const setId = `en-check-up-${form.toLowerCase()}`;
    const old = await startAttempt(db, { profileId, setId, mode: 'check-up', items: Array.from({ length: 12 }, (_, index) => ({ setId, itemId: `old-${index + 1}` })) }, Date.now() - 60_000);
    for (const position of [0, 1, 2]) await answerAndKeep(db, { attempt: old, position, chosen: 'fact', correct: false, advance: true }, Date.now() - 50_000 + position);
    return old;
  }

  test('Home says so and starts it again on the form as it is now, the unfinished attempt thrown away', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/progress');
    await screen.findByRole('heading', { level: 1, name: /^Progress of/ });
    const old = await openOldCheckUp();
    cleanup();
    await renderApp(db, '/', [], null);
    const card = await screen.findByRole('region', { name: 'Your check-up has changed' });
    expect(within(card).getByText(/^An app update changed the statements of the check-up you began\. Start it again: the answers you gave so far are not kept/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Continue at statement/ })).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Start the check-up again' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 12' });
    expect(await db.attempts.get(old.id)).toBeUndefined();
    expect(await db.answers.where('attemptId').equals(old.id).count()).toBe(0);
    const [fresh] = await db.attempts.toArray();
    expect(fresh).toMatchObject({ setId: old.setId, mode: 'check-up', position: 0 });
    expect(fresh!.items.every((ref) => !ref.itemId.startsWith('old-'))).toBe(true);
  });

  test('opened by its address, it says so too, in place of "set changed"', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/progress');
    await screen.findByRole('heading', { level: 1, name: /^Progress of/ });
    const old = await openOldCheckUp();
    cleanup();
    await renderApp(db, `/play/${old.id}`, [], null);
    await screen.findByRole('heading', { level: 1, name: 'Your check-up has changed' });
    await user.click(screen.getByRole('button', { name: 'Start the check-up again' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement 1 of 12' });
    expect(await db.attempts.count()).toBe(1);
  });
});
