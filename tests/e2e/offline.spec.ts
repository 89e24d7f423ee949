import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { AppShell } from './pages/app-shell';
import { SettingsPage } from './pages/settings-page';
import { LABEL_NAMES, OPENING, readQuiz, wrongLabel } from './seed';

const quiz = readQuiz(OPENING);
const total = quiz.items.length;
const distDir = process.env.E2E_DIST ?? 'dist';

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [`/${relative(distDir, join(dir, entry.name))}`],
  );
}

test('after one visit the app starts offline, reloads any route, plays a whole set and keeps the answers', async ({ page, context }) => {
  const shell = new AppShell(page);
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await shell.waitForServiceWorker();

  await context.setOffline(true);
  const reload = await page.reload();
  expect(reload?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Practice sets' })).toBeVisible();

  await quizPage.openSet(quiz.title);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();
  await quizPage.start('Practice');

  for (let index = 0; index < total; index++) {
    const item = quiz.items[index]!;
    await expect(quizPage.counter).toHaveText(`Statement ${index + 1} of ${total}`);
    await quizPage.answer(LABEL_NAMES[index < 3 ? wrongLabel(item) : item.label]);
    await expect(quizPage.status).not.toBeEmpty();
    if (index === 5) {
      await page.reload();
      await expect(quizPage.counter).toHaveText(`Statement 6 of ${total}`);
    }
    await quizPage.next();
  }

  const score = page.getByText(`${total - 3} of ${total} right`, { exact: true });
  await expect(score).toBeVisible();
  await page.reload();
  await expect(score).toBeVisible();

  const settings = new SettingsPage(page);
  await settings.open();
  const granted = await page.evaluate(() => navigator.storage.persisted());
  await expect(settings.persistence).toHaveText(granted ? /^Storage is persistent/ : /^Storage is not persistent/);
  await expect(page.getByText(/That is why backing up matters/)).toBeVisible({ visible: !granted });
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  expect(usage).toBeGreaterThan(0);
  await expect(settings.usage).toHaveText(/^[\d.,]+ (B|byte|kB|MB|GB) used of [\d.,]+ (kB|MB|GB|TB) available \([\d.,]+%\)$/);
  await shell.expectNoCspViolation();
});

test('the precache holds every built file, so lazy chunks, quiz sets, locales and icons open offline', async ({ page, context }) => {
  const shell = new AppShell(page);
  await page.goto('/about');
  await shell.waitForServiceWorker();

  const built = filesIn(distDir).filter((path) => path !== '/sw.js' && !/^\/workbox-[\w-]+\.js$/.test(path));
  expect(built.some((path) => /^\/assets\/al-bukamal-.*\.js$/.test(path)), 'quiz sets are their own chunks').toBe(true);
  expect(built).toContain('/manifest.webmanifest');
  const cached = await shell.cachedPaths();
  expect(built.filter((path) => !cached.includes(path))).toEqual([]);

  await context.setOffline(true);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await new AppShell(page).chooseLanguage('العربية');
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible();
  await shell.expectNoCspViolation();
});

test('the app is installable: the manifest names it, starts standalone at / and has real PNG icons, one maskable', async ({ page, request }) => {
  await page.goto('/about');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Fact · Claim · Opinion');
  expect(manifest.short_name.length).toBeGreaterThan(0);
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);

  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(pngs.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
  for (const icon of pngs) {
    const body = await (await request.get(icon.src)).body();
    expect(body.subarray(1, 4).toString('latin1'), `${icon.src} is a PNG`).toBe('PNG');
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, `${icon.src} has the size it claims`).toBe(icon.sizes);
  }
});

test('index.html forbids inline scripts and other origins, and carries no inline script', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("manifest-src 'self'");
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/src="\/assets\//);
    expect(body?.trim()).toBe('');
  }
  expect(readFileSync(join(distDir, 'sw.js'), 'utf8')).not.toMatch(/https?:\/\//);
});
