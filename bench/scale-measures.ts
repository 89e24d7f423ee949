import type { BrowserContext, Page } from 'playwright-core';
import { expect } from '@playwright/test';
import { QuizPage } from '../tests/e2e/pages/quiz-page';
import { TeacherImport } from '../tests/e2e/pages/teacher-import';
import { LearnerPage } from '../tests/e2e/pages/learner-page';
import { LABEL_NAMES, OPENING, readQuiz } from '../tests/e2e/seed';
import { armOpenProbe, recordFirstVisible } from './page-probes';
import { CPU_SLOWDOWN } from './browser-measures';
import type { AnswerRecord, AttemptRecord } from '../src/db/records';
import { aggregatesFor } from '../src/domain/answer-aggregates';
import { scheduleAnswer } from '../src/domain/scheduler';

export interface ItemKey {
  setId: string;
  itemId: string;
}

/** Answers one statement through the UI so the app creates its database and profile; returns that profile's id. */
async function profileIdAfterOneAnswer(page: Page): Promise<string> {
  const quizPage = new QuizPage(page);
  const quiz = readQuiz(OPENING);
  await quizPage.openHome();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  await quizPage.answer(LABEL_NAMES[quiz.items[0]!.label]);
  await expect(quizPage.status).not.toBeEmpty();
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('fact-claim-opinion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('answers').objectStore('answers').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result[0] as { profileId: string }).profileId);
          };
        };
      }),
  );
}

/**
 * Writes `count` answers, their finished attempts (50 answers each) and the aggregates recordAnswer would keep for them
 * (review cards, day tallies — the screens read those) straight into IndexedDB in one transaction. The one answer given
 * through the UI keeps its row, but its statement's card is replaced by the seeded one.
 */
async function seedAnswers(page: Page, profileId: string, items: ItemKey[], count: number): Promise<void> {
  const start = Date.now() - count * 1000;
  const perAttempt = 50;
  const attempts: AttemptRecord[] = [];
  const answers: AnswerRecord[] = [];
  for (let first = 0; first < count; first += perAttempt) {
    const attemptId = `bench-attempt-${first / perAttempt}`;
    const refs = Array.from({ length: Math.min(perAttempt, count - first) }, (_, offset) => items[(first + offset) % items.length]!);
    const at = start + first * 1000;
    attempts.push({ id: attemptId, profileId, setId: 'mixed', mode: 'practice', items: refs, position: refs.length, startedAt: at, updatedAt: at, finishedAt: at, abandonedAt: null });
    refs.forEach((ref, position) => {
      answers.push({
        id: `bench-answer-${first + position}`,
        profileId,
        setId: ref.setId,
        itemId: ref.itemId,
        attemptId,
        position,
        chosen: 'fact',
        correct: (first + position) % 3 !== 0,
        mode: 'practice',
        answeredAt: at + position * 1000,
      });
    });
  }
  const { reviewCards, dayStats } = aggregatesFor(answers, scheduleAnswer);
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fact-claim-opinion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tables = Object.keys(rows) as (keyof typeof rows)[];
          const tx = db.transaction(tables, 'readwrite');
          for (const table of tables) {
            const store = tx.objectStore(table);
            for (const row of rows[table]) store.put(row);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { answers, attempts, reviewCards, dayStats } as Record<'answers' | 'attempts' | 'reviewCards' | 'dayStats', unknown[]>,
  );
}

async function storageUsage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

export interface ProgressScale {
  answers: number;
  seedMs: number;
  bytesPerAnswer: number;
  /** Throttled load of each screen that shows progress, to its progress figures painted. */
  screens: { path: string; ms: number }[];
  /** Throttled, in the running app: click on the screen's link in the menu (from About) to its figures painted. */
  opened: { path: string; ms: number[] }[];
}

export async function progressOverManyAnswers(
  context: BrowserContext,
  items: ItemKey[],
  count: number,
  screens: { path: string; selector: string; openedSelector: string; link: string }[],
): Promise<ProgressScale> {
  const page = await context.newPage();
  const profileId = await profileIdAfterOneAnswer(page);
  const before = await storageUsage(page);
  const seedStart = performance.now();
  await seedAnswers(page, profileId, items, count);
  const seedMs = performance.now() - seedStart;
  const after = await storageUsage(page);
  await page.close();

  const timings: { path: string; ms: number }[] = [];
  for (const screen of screens) {
    const view = await context.newPage();
    await view.addInitScript({ content: recordFirstVisible(screen.selector) });
    const cdp = await context.newCDPSession(view);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await view.goto(screen.path);
    await view.waitForFunction(() => window.__fcoVisibleAt !== undefined, null, { timeout: 120_000 });
    timings.push({ path: screen.path, ms: await view.evaluate(() => window.__fcoVisibleAt ?? Number.NaN) });
    await view.close();
  }

  const opened: { path: string; ms: number[] }[] = [];
  for (const screen of screens) {
    const view = await context.newPage();
    await view.goto('/about');
    await view.locator('main h1').waitFor();
    const cdp = await context.newCDPSession(view);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      await view.getByRole('navigation').getByRole('link', { name: 'About' }).click();
      await view.locator('main h1').filter({ hasText: /./ }).first().waitFor();
      await view.waitForTimeout(300);
      await view.evaluate(armOpenProbe(screen.openedSelector));
      await view.getByRole('navigation').getByRole('link', { name: screen.link }).click();
      times.push(await view.evaluate(() => window.__fcoOpened ?? Number.NaN));
    }
    opened.push({ path: screen.path, ms: times });
    await view.close();
  }
  return { answers: count, seedMs, bytesPerAnswer: (after - before) / count, screens: timings, opened };
}

/** Imports a generated set through the teacher screen, CPU throttled: file chosen → "was imported" shown, once per run. */
export async function importThroughTeacherScreen(context: BrowserContext, quiz: { id: string }, runs: number): Promise<number[]> {
  const page = await context.newPage();
  await new QuizPage(page).openHome();
  // The PIN is set before the timed imports (it is kept in memory only: the teacher screen is opened from the menu).
  await new LearnerPage(page).openClass();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teacher' }).click();
  const teacher = new TeacherImport(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Import quiz files' })).toBeVisible();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const name = `bench-${run}.json`;
    const text = JSON.stringify({ ...quiz, id: `${quiz.id}-${run}` });
    const start = performance.now();
    await teacher.importFiles([{ name, text }]);
    await expect(teacher.results.getByRole('status').filter({ hasText: `${name}: ` })).toContainText('was imported', { timeout: 120_000 });
    times.push(performance.now() - start);
  }
  await page.close();
  return times;
}
