import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { LearnerPage } from './pages/learner-page';
import { LABEL_NAMES, readQuiz } from './seed';
import { axeViolations } from './pages/a11y-checks';
import { AppShell } from './pages/app-shell';
import { StoredData } from './pages/stored-data';
import type { Label, QuizItem } from '../../src/domain/quiz-schema';

const forms = { A: readQuiz('en-check-up-a'), B: readQuiz('en-check-up-b') };
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The form and statement on screen, found by the marked text in the two English forms. */
async function statementOnScreen(quizPage: QuizPage): Promise<{ form: 'A' | 'B'; item: QuizItem }> {
  const marked = normal((await quizPage.markedStatement().textContent()) ?? '');
  for (const form of ['A', 'B'] as const) {
    const item = forms[form].items.find((candidate) => normal(candidate.text) === marked);
    if (item) return { form, item };
  }
  throw new Error(`statement not in either form: ${marked}`);
}

/**
 * Plays a whole check-up: `choose` gives the label for each statement from its key. Checks that nothing tells
 * right from wrong on the way. Returns the form played.
 */
async function playCheckUp(page: Page, quizPage: QuizPage, choose: (item: QuizItem, index: Record<Label, number>) => Label, reloadAt?: number): Promise<'A' | 'B'> {
  const seen: Record<Label, number> = { fact: 0, claim: 0, opinion: 0 };
  let form: 'A' | 'B' | null = null;
  for (let position = 1; position <= 12; position += 1) {
    await expect(quizPage.counter).toHaveText(`Statement ${position} of 12`);
    if (position === reloadAt) {
      const before = await quizPage.markedStatement().textContent();
      await page.reload();
      await expect(quizPage.counter).toHaveText(`Statement ${position} of 12`);
      await expect(quizPage.markedStatement()).toHaveText(before ?? '');
    }
    const { form: shown, item } = await statementOnScreen(quizPage);
    form ??= shown;
    expect(shown, 'every statement from one form').toBe(form);
    const label = choose(item, seen);
    seen[item.label] += 1;
    await quizPage.answerButton(LABEL_NAMES[label]).click();
    await expect(page.getByText(/^(Correct|Not quite|Accepted)/)).toHaveCount(0);
    await expect(page.locator('.explanation, .feedback')).toHaveCount(0);
    await quizPage.next();
  }
  return form!;
}

/** Switches the interface language and waits until the learner's choice is stored, so the next page load keeps it. */
async function chooseLanguage(page: Page, learner: string, language: 'العربية' | 'Español' | 'English', code: string) {
  await new AppShell(page).chooseLanguage(language);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect
    .poll(async () => ((await new StoredData(page).dump()).profiles as { name: string; language?: string }[]).find((profile) => profile.name === learner)?.language)
    .toBe(code);
}

/** Answers `count` statements in Test mode, starting the named set or continuing it. */
async function practise(page: Page, quizPage: QuizPage, title: string, count: number) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' }).click();
  await page.getByRole('link', { name: title, exact: true }).click();
  const carryOn = page.getByRole('link', { name: /^Continue/ });
  if (await carryOn.isVisible()) await carryOn.click();
  else await quizPage.start('Test');
  for (let done = 0; done < count; done += 1) {
    const { current } = await quizPage.position();
    await quizPage.answerButton('Fact').click();
    await quizPage.next();
    if (done < count - 1) await expect(quizPage.counter).toHaveText(new RegExp(`^Statement ${current + 1} of`));
  }
}

test('a new learner takes a check-up, practises 40 statements, takes the other form and reads a report that matches their answers', async ({ page }) => {
  test.setTimeout(1_200_000);
  const quizPage = new QuizPage(page);
  await quizPage.openHome('Mina');
  const offer = page.getByRole('region', { name: 'Where do you start?' });
  await expect(offer.getByText('12 statements, no feedback, about 5 minutes')).toBeVisible();
  await offer.getByRole('button', { name: 'Start the check-up' }).click();

  // Before: every fact right, every claim taken for an opinion, every opinion for a fact → 4 of 12.
  const first = await playCheckUp(page, quizPage, (item) => ({ fact: 'fact', claim: 'opinion', opinion: 'fact' })[item.label] as Label, 6);
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-up' })).toBeVisible();
  const report = page.locator('.check-up-report .change-list');
  await expect(report).toContainText('Facts: 4 of 4');
  await expect(report).toContainText('Attributed claims: 0 of 4');
  await expect(report).toContainText('Opinions: 0 of 4');
  await expect(report).toContainText('In all: 4 of 12');
  await expect(page.getByText(/→/)).toHaveCount(0);
  await expect(page.getByText(/^After 40 more practice statements, Home offers a second check-up/)).toBeVisible();
  for (const item of forms[first].items) await expect(page.getByText(item.text)).toHaveCount(0);

  // 39 practice statements: not yet.
  await practise(page, quizPage, 'Late buses on Line 7', 15);
  await practise(page, quizPage, 'Lunch at Quillby Academy', 14);
  await practise(page, quizPage, 'Fennick Vale Library reopens', 10);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' }).click();
  await expect(page.getByRole('region', { name: 'Your path' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How far have you come?' })).toHaveCount(0);
  // The 40th.
  await practise(page, quizPage, 'Fennick Vale Library reopens', 1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' }).click();
  const second = page.getByRole('region', { name: 'How far have you come?' });
  await second.getByRole('button', { name: 'Start the check-up' }).click();

  // After: all right but the first two opinions, taken for facts → 10 of 12.
  const other = await playCheckUp(page, quizPage, (item, seen) => (item.label === 'opinion' && seen.opinion < 2 ? 'fact' : item.label));
  expect(other).not.toBe(first);
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-ups: before and after' })).toBeVisible();
  await expect(report).toContainText('You now spot attributed claims: 0 of 4 → 4 of 4');
  await expect(report).toContainText('Facts, the same as before: 4 of 4 → 4 of 4');
  await expect(report).toContainText('You now spot opinions: 0 of 4 → 2 of 4');
  await expect(report).toContainText('In all, more right: 4 of 12 → 10 of 12');
  // (10/12 − 4/12) / (1 − 4/12) = 6/8
  await expect(page.getByText('Of what you still had to learn at your first check-up, you have covered 75%.')).toBeVisible();
  await expect(page.getByText('You still take some opinions for facts: 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What these figures cannot tell' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Later, from My progress; practice figures never counted the 24 check-up answers.
  await new LearnerPage(page).openProgress();
  await expect(page.getByText(/^\d+ of 40 answers right/)).toBeVisible();
  await page.getByRole('link', { name: 'See your check-up report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-ups: before and after' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' }).click();
  await expect(page.getByRole('region', { name: /check-up|How far|Where do you start/i })).toHaveCount(0);
});

test('by keyboard alone; the teacher offers the second check-up; a learner who says "Not now" may take it later; no axe violation in any language', async ({ page }) => {
  test.setTimeout(1_200_000);
  const quizPage = new QuizPage(page);
  const learners = new LearnerPage(page);
  await quizPage.openHome('Ana');
  const offer = page.getByRole('region', { name: 'Where do you start?' });
  const start = offer.getByRole('button', { name: 'Start the check-up' });
  await start.focus();
  await page.keyboard.press('Enter');
  // Every statement answered "Attributed claim" with the key 2, taken with Enter: 4 of 12, the four claims.
  for (let position = 1; position <= 12; position += 1) {
    await expect(quizPage.counter).toHaveText(`Statement ${position} of 12`);
    await page.keyboard.press('2');
    await expect(quizPage.answerButton('Attributed claim')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-up' })).toBeFocused();
  await expect(page.locator('.change-list')).toContainText('In all: 4 of 12');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' }).click();
  await expect(page.getByRole('region', { name: 'Your path' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How far have you come?' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Offer the second check-up now' }).click();
  await learners.unlockTeacher(undefined, page.getByRole('dialog'));
  await expect(page.getByText(/^Offered on .+ to every learner on this device who had taken the first check-up\.$/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' }).click();
  await page.getByRole('region', { name: 'How far have you come?' }).getByRole('button', { name: 'Start the check-up' }).click();
  await playCheckUp(page, quizPage, (item) => item.label);
  const report = page.locator('.check-up-report .change-list');
  await expect(report).toContainText('You now spot facts: 0 of 4 → 4 of 4');
  await expect(report).toContainText('Attributed claims, the same as before: 4 of 4 → 4 of 4');
  await expect(report).toContainText('In all, more right: 4 of 12 → 12 of 12');
  // (12/12 − 4/12) / (1 − 4/12) = 1
  await expect(page.getByText('Of what you still had to learn at your first check-up, you have covered 100%.')).toBeVisible();
  await expect(page.getByText('In the second check-up you mixed up none of the three kinds.')).toBeVisible();

  // Ben says "Not now"; the teacher's earlier offer does not bring it back; My progress does.
  await learners.switchToNew('Ben');
  await page.getByRole('region', { name: 'Where do you start?' }).getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('region', { name: 'Where do you start?' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your path' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Where do you start?' })).toHaveCount(0);
  await learners.openProgress();
  await page.getByRole('button', { name: 'Take the check-up now' }).click();
  await expect(quizPage.counter).toHaveText('Statement 1 of 12');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(quizPage.counter).toHaveText('Statement 2 of 12');
  const playing = new URL(page.url()).pathname;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' }).click();
  await expect(page.getByRole('region', { name: 'Your check-up is waiting' }).getByRole('link', { name: 'Continue at statement 2 of 12' })).toBeVisible();

  const found: Record<string, string[]> = {};
  for (const [language, code] of [['العربية', 'ar'], ['Español', 'es'], ['English', 'en']] as const) {
    await chooseLanguage(page, 'Ben', language, code);
    for (const path of ['/', playing, '/progress', '/settings']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      const violations = await axeViolations(page);
      if (violations.length) found[`${language} ${path}`] = violations;
    }
  }
  await learners.switchTo('Ana');
  for (const [language, code] of [['العربية', 'ar'], ['Español', 'es']] as const) {
    await chooseLanguage(page, 'Ana', language, code);
    await page.goto('/check-up');
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('.check-up-report .change-list li')).toHaveCount(4);
    const violations = await axeViolations(page);
    if (violations.length) found[`${language} /check-up`] = violations;
  }
  expect(found).toEqual({});
});

/** Writes records straight into the app's IndexedDB (as an older version of the app left them), then reloads. */
async function storeAsIfEarlier(page: Page, records: { answers?: unknown[]; attempts?: unknown[] }) {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fact-claim-opinion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['answers', 'attempts'], 'readwrite');
          for (const answer of data.answers ?? []) tx.objectStore('answers').put(answer);
          for (const attempt of data.attempts ?? []) tx.objectStore('attempts').put(attempt);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
  await page.reload();
}

const practiceAnswers = (profileId: string, count: number, from: number) => {
  const set = readQuiz('en-1-who-says-so');
  return Array.from({ length: count }, (_, index) => {
    const item = set.items[index % set.items.length]!;
    return { id: `old-${from}-${index}`, profileId, setId: set.id, itemId: item.id, attemptId: `old-attempt-${from}`, position: index, chosen: item.label, correct: true, mode: 'practice', answeredAt: from + index * 1000 };
  });
};

/** Screenshots of the screen in English and Arabic at both sizes, when asked for (`SHOTS_DIR=…`), and no axe violation in either. */
async function lookAt(page: Page, learner: string, name: string) {
  const dir = process.env.SHOTS_DIR;
  for (const [language, code] of [['العربية', 'ar'], ['English', 'en']] as const) {
    await chooseLanguage(page, learner, language, code);
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} (${code}, ${width} px) has no sideways scroll`).toBe(0);
      if (dir) await page.screenshot({ path: `${dir}/${name}-${code}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page), `${name} (${code})`).toEqual([]);
  }
}

test('a learner with practice from before check-ups came: offered where they stand now, told it is their only check-up, and a check-up changed by an update starts again', async ({ page }) => {
  test.setTimeout(1_200_000);
  const quizPage = new QuizPage(page);
  await quizPage.openHome('Lena');
  await expect(page.getByRole('region', { name: 'Where do you start?' })).toBeVisible();
  const profileId = ((await new StoredData(page).dump()).profiles as { id: string; name: string }[]).find((profile) => profile.name === 'Lena')!.id;
  const earlier = Date.now() - 7 * 86_400_000;
  await storeAsIfEarlier(page, { answers: practiceAnswers(profileId, 100, earlier) });

  const offer = page.getByRole('region', { name: 'Where do you stand now?' });
  await expect(offer).toContainText('You have practised already, so this check-up shows where you stand now, not where you started.');
  await expect(page.getByRole('region', { name: 'Where do you start?' })).toHaveCount(0);
  const [offerBox, pathBox] = await Promise.all([offer.boundingBox(), page.getByRole('region', { name: 'Your path' }).boundingBox()]);
  expect(offerBox!.y + offerBox!.height, 'the offer sits above the path, not over it').toBeLessThanOrEqual(pathBox!.y + 1);
  await lookAt(page, 'Lena', 'home-offer-now');

  // A check-up begun before an app update changed its form: its statements are not in the form any more.
  await offer.getByRole('button', { name: 'Start the check-up' }).click();
  await expect(quizPage.counter).toHaveText('Statement 1 of 12');
  const begun = ((await new StoredData(page).dump()).attempts as { id: string; setId: string; mode: string; items: { setId: string; itemId: string }[] }[]).find((attempt) => attempt.mode === 'check-up')!;
  await storeAsIfEarlier(page, { attempts: [{ ...begun, items: begun.items.map((ref, index) => ({ ...ref, itemId: `before-update-${index}` })) }] });
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-up has changed' })).toBeVisible();
  await lookAt(page, 'Lena', 'play-check-up-changed');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sets' }).click();
  const changed = page.getByRole('region', { name: 'Your check-up has changed' });
  await expect(changed).toContainText('An app update changed the statements of the check-up you began.');
  await expect(page.getByRole('link', { name: /^Continue at statement/ })).toHaveCount(0);
  await lookAt(page, 'Lena', 'home-check-up-changed');
  await changed.getByRole('button', { name: 'Start the check-up again' }).click();
  await playCheckUp(page, quizPage, (item) => item.label);

  const report = page.locator('.check-up-report');
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-up' })).toBeVisible();
  await expect(report).toContainText('You had practised before this check-up, so it shows where you stood then, not where you started');
  await expect(report).toContainText('So far you have taken one check-up, so there is nothing to compare it with yet. After 40 more practice statements, Home offers a second one');
  await expect(report.locator('.change-list')).toContainText('In all: 12 of 12');
  await lookAt(page, 'Lena', 'report-one-practised-before');
  const stored = (await new StoredData(page).dump()).attempts as { id: string; mode: string; finishedAt: number | null }[];
  expect(stored.filter((attempt) => attempt.mode === 'check-up').map((attempt) => attempt.id === begun.id), 'the unfinished attempt was thrown away').toEqual([false]);

  // 10 practice answers, then the other form (every statement right, as a device of the time stored it): no gain so soon.
  const other = readQuiz(begun.setId === 'en-check-up-a' ? 'en-check-up-b' : 'en-check-up-a');
  const at = Date.now() + 1_000;
  await storeAsIfEarlier(page, {
    answers: [
      ...practiceAnswers(profileId, 10, at),
      ...other.items.map((item, position) => ({ id: `second-${position}`, profileId, setId: other.id, itemId: item.id, attemptId: 'second-check-up', position, chosen: item.label, correct: true, mode: 'check-up', answeredAt: at + 60_000 + position * 1000 })),
    ],
    attempts: [{ id: 'second-check-up', profileId, setId: other.id, mode: 'check-up', items: other.items.map((item) => ({ setId: other.id, itemId: item.id })), position: 12, startedAt: at + 59_000, updatedAt: at + 72_000, finishedAt: at + 72_000, abandonedAt: null }],
  });
  await page.goto('/check-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Your two check-ups' })).toBeVisible();
  await expect(report).toContainText('Your first check-up came after you had already practised, so it shows where you stood then, not where you started.');
  await expect(report).toContainText('You practised fewer than 40 statements between your two check-ups, so no gain is worked out');
  await expect(report).not.toContainText('you have covered');
  await lookAt(page, 'Lena', 'report-two-little-practice');
});
