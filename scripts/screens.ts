// Screenshots of every screen, in English and Arabic, on a desktop (1280×900) and a phone (390×844),
// and the worksheet as printed PDF pages turned into PNG: `npm run screens [-- folder]`.
// Builds the app, serves it on a free port, drives the system Chromium; reads nothing outside the repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { serveFolder } from '../bench/static-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'screenshots'));
const DIST = join(ROOT, '.scratch/screens-app');
const SET = 'al-bukamal-1-opening';
const LANGUAGES = ['en', 'ar'] as const;
const TEACHER_PIN = '2468';
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const ARTICLE =
  'The bridge over the river opened in 1932 after six years of work. According to the mayor, the bridge is safe for heavy lorries. It is the most beautiful bridge in the whole country.';

type Language = (typeof LANGUAGES)[number];

const written: string[] = [];

async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('main h1').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  // A screen's h1 can come before its figures: wait until nothing in it still says it is loading (any language).
  await page
    .waitForFunction(() => ![...document.querySelectorAll('main [role="status"]')].some((status) => status.textContent?.trim().endsWith('…')), undefined, { timeout: 15_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
}

/** The current screen at both sizes, whole page. */
async function shoot(page: Page, language: Language, name: string) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    const file = join(OUT, `${language}-${size}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

async function visit(page: Page, language: Language, name: string, path: string) {
  await page.goto(path);
  await settle(page);
  await shoot(page, language, name);
}

/** Answers every statement of the open set with key 1 and Enter until the summary shows. */
async function playThrough(page: Page) {
  for (let step = 0; step < 60 && !page.url().includes('/summary/'); step++) {
    await page.keyboard.press('1');
    await page.waitForTimeout(120);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(120);
  }
  await settle(page);
}

async function worksheetPages(page: Page, language: Language) {
  const pdf = join(OUT, `${language}-worksheet.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
  written.push(pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(OUT, `${language}-worksheet-page`)]);
    written.push(...readdirSync(OUT).filter((file) => file.startsWith(`${language}-worksheet-page`)).map((file) => join(OUT, file)));
  } catch {
    console.warn('pdftoppm not found (Debian: apt-get install poppler-utils): the worksheet is kept as PDF only.');
  }
}

async function screensIn(browser: import('playwright-core').Browser, origin: string, language: Language) {
  const context = await browser.newContext({ baseURL: origin, viewport: VIEWPORTS.desktop, serviceWorkers: 'block', locale: language === 'ar' ? 'ar' : 'en-US' });
  await context.addInitScript((code) => {
    if (!localStorage.getItem('fco.language')) localStorage.setItem('fco.language', code);
  }, language);
  const page = await context.newPage();

  await visit(page, language, 'welcome', '/');
  const name = page.locator('main input[type="text"], main input:not([type])').first();
  if (await name.isVisible().catch(() => false)) {
    await name.fill('Noor');
    await page.locator('main form button[type="submit"], main form button').first().click();
  }
  await settle(page);
  await shoot(page, language, 'home');
  for (const [screen, path] of [
    ['about', '/about'],
    ['settings', '/settings'],
    ['learners', '/learners'],
    ['learners-manage', '/learners/manage'],
    ['set-start', `/sets/${SET}`],
  ] as const) {
    await visit(page, language, screen, path);
  }

  await page.locator('.mode-form button[type="submit"]').click();
  await page.waitForURL(/\/play\//);
  await settle(page);
  await shoot(page, language, 'play-question');
  await page.keyboard.press('1');
  await page.waitForTimeout(300);
  await shoot(page, language, 'play-feedback');
  await page.keyboard.press('Enter');
  await playThrough(page);
  await shoot(page, language, 'summary');

  await visit(page, language, 'progress', '/progress');
  await visit(page, language, 'classroom', '/class');
  await visit(page, language, 'teacher-library', '/teacher');

  await page.locator('.teacher-library .actions button.primary').first().click();
  // A new set asks for the teacher PIN (set here on first use) in a dialog.
  const pinDialog = page.locator('dialog.teacher-pin-dialog');
  await pinDialog.locator('input[type="password"]').first().waitFor();
  for (const input of await pinDialog.locator('input[type="password"]').all()) await input.fill(TEACHER_PIN);
  await pinDialog.locator('button[type="submit"]').click();
  await page.waitForURL(/\/teacher\/sets\/.+\/edit$/);
  await settle(page);
  await shoot(page, language, 'teacher-editor-new');
  await page.locator('section[aria-labelledby="editor-article"] textarea').first().fill(ARTICLE);
  await page.locator('.sentence-tools button').nth(1).click();
  await page.waitForTimeout(400);
  await shoot(page, language, 'teacher-editor-statement');

  await visit(page, language, 'teacher-preview', `/teacher/sets/${SET}/preview`);
  await visit(page, language, 'teacher-worksheet', `/teacher/sets/${SET}/worksheet`);
  await page.emulateMedia({ media: 'print' });
  await worksheetPages(page, language);
  await page.emulateMedia({ media: 'screen' });
  await visit(page, language, 'not-found', '/no-such-page');
  await context.close();
}

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.log('Building the app…');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveFolder(DIST, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    for (const language of LANGUAGES) {
      console.log(`Screens in ${language}…`);
      await screensIn(browser, origin, language);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`${written.length} files written to ${OUT}`);
}

await main();
