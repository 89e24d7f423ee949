import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from '@playwright/test';
import { QuizPage, type LabelName } from '../tests/e2e/pages/quiz-page';
import { LABEL_NAMES, OPENING, readQuiz } from '../tests/e2e/seed';
import { ARM_ANSWER_PROBE, recordFirstVisible } from './page-probes';

export const CPU_SLOWDOWN = 4;

async function throttle(page: Page, rate = CPU_SLOWDOWN): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function clearHttpCache(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
}

async function visibleAt(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__fcoVisibleAt !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => window.__fcoVisibleAt ?? Number.NaN);
}

async function firstContentfulPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 }).catch(() => undefined);
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
}

export interface LoadRun {
  visibleMs: number;
  fcpMs: number;
  /** JS and CSS paths the page fetched, relative to the server root. */
  scripts: string[];
}

/** Opens the app, starts the opening set in practice mode and returns the play URL (no throttling). */
export async function startOpeningSet(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await quizPage.openSet(readQuiz(OPENING).title);
  await quizPage.start('Practice');
  const url = page.url();
  await page.close();
  return url;
}

/** One cold load (empty HTTP cache, CPU throttled) of `url`, timed to `selector` showing text. */
export async function coldLoad(context: BrowserContext, url: string, selector: string): Promise<LoadRun> {
  const page = await context.newPage();
  await page.addInitScript({ content: recordFirstVisible(selector) });
  await clearHttpCache(page);
  await throttle(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\.(js|css)$/.test(path)) scripts.push(path.replace(/^\//, ''));
  });
  await page.goto(url);
  const visibleMs = await visibleAt(page);
  const fcpMs = await firstContentfulPaint(page);
  await page.close();
  return { visibleMs, fcpMs, scripts };
}

/** A reload with the network off, served by the service worker; null when the app has none. */
export async function warmOfflineLoad(context: BrowserContext, url: string, selector: string): Promise<number | null> {
  const page = await context.newPage();
  await page.goto(url);
  const active = await page.evaluate(() =>
    Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000))]),
  );
  // A worker that does not claim open pages controls them from the next load on.
  if (active && !(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  const controlled = active && (await page.evaluate(() => !!navigator.serviceWorker.controller));
  if (!controlled) {
    await page.close();
    return null;
  }
  await page.addInitScript({ content: recordFirstVisible(selector) });
  await context.setOffline(true);
  await throttle(page);
  await page.reload();
  const ms = await visibleAt(page);
  await context.setOffline(false);
  await page.close();
  return ms;
}

/** Answers every statement of the opening set with its key answer; returns each click-to-feedback time. */
export async function appAnswerLatencies(context: BrowserContext, playUrl: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(playUrl);
  const quizPage = new QuizPage(page);
  await expect(quizPage.counter).toBeVisible();
  await throttle(page);
  const quiz = readQuiz(OPENING);
  const latencies: number[] = [];
  for (const item of quiz.items) {
    await page.evaluate(ARM_ANSWER_PROBE);
    await quizPage.answer(LABEL_NAMES[item.label] as LabelName);
    latencies.push(await page.evaluate(() => window.__fcoLatency ?? Number.NaN));
    await quizPage.next();
  }
  await expect(page).toHaveURL(/\/summary\//);
  await page.close();
  return latencies;
}

/** The same clicks on the floor page: answer, feedback, next, as many times as the app's set has statements. */
export async function floorAnswerLatencies(context: BrowserContext, url: string, count: number): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Fact' })).toBeEnabled();
  await throttle(page);
  const latencies: number[] = [];
  for (let index = 0; index < count; index++) {
    await page.evaluate(ARM_ANSWER_PROBE);
    await page.getByRole('button', { name: 'Fact' }).click();
    latencies.push(await page.evaluate(() => window.__fcoLatency ?? Number.NaN));
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.close();
  return latencies;
}

/** A fresh profile: empty HTTP cache, empty IndexedDB, no service worker. */
export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'en-US', serviceWorkers: 'allow' });
}
