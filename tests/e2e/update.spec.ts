import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell';
import { QuizPage } from './pages/quiz-page';
import { SettingsPage } from './pages/settings-page';
import { SwitchingServer } from './update-server';
import { LABEL_NAMES, OPENING, readQuiz, wrongLabel } from './seed';

const quiz = readQuiz(OPENING);
const total = quiz.items.length;
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// Each worker that runs this file gets its own port and build folders (e.g. with --repeat-each).
const portFor = (parallelIndex: number) => Number(process.env.E2E_PORT ?? 4173) + 1000 + parallelIndex;
const distDir = process.env.E2E_DIST ?? 'dist';
const builds = { old: '', new: '' };

/** Answers item i right when i is even, wrong when odd. */
const choiceFor = (index: number) => {
  const item = quiz.items[index]!;
  return LABEL_NAMES[index % 2 === 0 ? item.label : wrongLabel(item)];
};

const server = new SwitchingServer('');

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: async ({}, use, testInfo) => use(`http://localhost:${portFor(testInfo.parallelIndex)}`) });

test.beforeAll(async ({}, workerInfo) => {
  test.setTimeout(900_000);
  builds.old = `${distDir}-update-${workerInfo.parallelIndex}-old`;
  builds.new = `${distDir}-update-${workerInfo.parallelIndex}-new`;
  for (const [id, outDir] of Object.entries(builds)) {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
      env: { ...process.env, FCO_BUILD_ID: id },
      encoding: 'utf8',
    });
    expect(build.status, `build ${id}: ${build.stderr}`).toBe(0);
  }
  server.serve(builds.old);
  await server.start(portFor(workerInfo.parallelIndex));
});

test.afterAll(async () => {
  await server.stop();
});

test.beforeEach(() => {
  server.serve(builds.old);
});

test('a new version waits while a set runs, is offered outside the set, and every stored answer survives it', async ({ page }) => {
  const shell = new AppShell(page);
  const quizPage = new QuizPage(page);
  const settings = new SettingsPage(page);
  const sameDocument = () => page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument === true);

  await quizPage.openHome();
  await shell.waitForServiceWorker();
  await settings.open();
  await expect(settings.version).toHaveText(`Version ${version}+old`);

  await shell.nav('Sets').click();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  for (let index = 0; index < 3; index++) {
    await quizPage.answer(choiceFor(index));
    await quizPage.next();
  }
  await expect(quizPage.counter).toHaveText(`Statement 4 of ${total}`);
  await page.evaluate(() => {
    (window as { sameDocument?: boolean }).sameDocument = true;
  });

  server.serve(builds.new);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { message: 'the new version is installed and waiting' })
    .toBe(true);

  expect(await sameDocument(), 'the page was not reloaded mid-set').toBe(true);
  await expect(quizPage.counter).toHaveText(`Statement 4 of ${total}`);
  await expect(shell.updatePrompt).toBeHidden();
  await quizPage.answer(choiceFor(3));
  await expect(quizPage.status).not.toBeEmpty();
  await quizPage.next();
  await expect(quizPage.counter).toHaveText(`Statement 5 of ${total}`);
  await expect(shell.updatePrompt).toBeHidden();
  expect(await sameDocument(), 'the page was not reloaded mid-set').toBe(true);

  await settings.open();
  await expect(shell.updatePrompt).toBeVisible();
  await expect(settings.version).toHaveText(`Version ${version}+old`);
  expect(await sameDocument(), 'the new version is only offered, not applied').toBe(true);

  await shell.reloadButton.click();
  await expect(settings.version).toHaveText(`Version ${version}+new`);
  expect(await sameDocument()).toBe(false);
  await expect(shell.updatePrompt).toBeHidden();

  await shell.nav('Sets').click();
  await page.getByRole('link', { name: `Continue ${quiz.title}` }).click();
  await expect(quizPage.counter).toHaveText(`Statement 5 of ${total}`);
  for (let index = 4; index < total; index++) {
    await quizPage.answer(choiceFor(index));
    await quizPage.next();
  }
  await expect(page.getByText(`${Math.ceil(total / 2)} of ${total} right`, { exact: true })).toBeVisible();
  await shell.expectNoCspViolation();
});

test('a new version applied from another tab never reloads a running set; it takes over once the learner leaves the set', async ({ page, context }) => {
  const quizPage = new QuizPage(page);
  const sameDocument = () => page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument === true);
  await quizPage.openHome();
  await new AppShell(page).waitForServiceWorker();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  for (let index = 0; index < 2; index++) {
    await quizPage.answer(choiceFor(index));
    await quizPage.next();
  }
  await expect(quizPage.counter).toHaveText(`Statement 3 of ${total}`);
  await page.evaluate(() => {
    (window as { sameDocument?: boolean }).sameDocument = true;
  });

  server.serve(builds.new);
  const other = await context.newPage();
  const otherShell = new AppShell(other);
  const otherSettings = new SettingsPage(other);
  await other.goto('/settings');
  await other.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect(otherShell.updatePrompt).toBeVisible();
  await otherShell.reloadButton.click();
  await expect(otherSettings.version).toHaveText(`Version ${version}+new`);

  await expect(quizPage.counter).toHaveText(`Statement 3 of ${total}`);
  expect(await sameDocument(), 'the running set was not reloaded').toBe(true);
  await quizPage.answer(choiceFor(2));
  await expect(quizPage.status).not.toBeEmpty();
  await quizPage.next();
  await expect(quizPage.counter).toHaveText(`Statement 4 of ${total}`);
  expect(await sameDocument(), 'the running set was not reloaded').toBe(true);

  const shell = new AppShell(page);
  await shell.nav('Sets').click();
  await expect(page.getByRole('link', { name: `Continue ${quiz.title}` })).toBeVisible();
  await expect.poll(sameDocument, { message: 'leaving the set loads the new version' }).toBe(false);
  await new SettingsPage(page).open();
  await expect(new SettingsPage(page).version).toHaveText(`Version ${version}+new`);
  await shell.nav('Sets').click();
  await page.getByRole('link', { name: `Continue ${quiz.title}` }).click();
  await expect(quizPage.counter).toHaveText(`Statement 4 of ${total}`);
  await shell.expectNoCspViolation();
  await otherShell.expectNoCspViolation();
});
