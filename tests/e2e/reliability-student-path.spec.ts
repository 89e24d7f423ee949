import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { LABEL_NAMES, OPENING, readQuiz } from './seed';

const distDir = process.env.E2E_DIST ?? 'dist';
/**
 * Regression guard on the code, not the quiz set played, set to the size measured (bytes are stable, so no slack):
 * the sets' manifest adds about 0.2 KiB gzip a set. 173.94 KiB with 29 sets on 2026-12-02, once the play screen's code
 * became a file of its own (see src/shell/play-screen.ts), i.e. 168.14 KiB plus 0.2 KiB a set; its history is in git.
 * The goal, 1.10× the floor, is tracked by `npm run bench`.
 */
const CODE_BUDGET_GZIP_BYTES = (168.14 + 0.2 * readdirSync('quizzes').filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json').length) * 1024;
const quizChunk = new RegExp(`^/assets/(${readdirSync('quizzes').map((name) => name.replace(/\.json$/, '')).join('|')})-`);
/** Chunks of the lazy teacher, classroom, progress and settings screens, and the teacher's and classroom's strings and styles. */
const TEACHER_AND_CLASSROOM_CHUNKS = [
  'TeacherLibrary',
  'TeacherEditor',
  'TeacherPreview',
  'TeacherWorksheet',
  'ClassroomScreen',
  'ProgressScreen',
  'SettingsScreen',
  'ManageLearnersScreen',
  'use-teacher-set',
  'read-text-file',
  'teacher',
  'classroom',
];
/** A chunk's file as Vite names it: `<name>-<8-character hash>.js` (or .css). */
const chunkFile = (names: readonly string[]) => new RegExp(`^/assets/(${names.join('|')})-[A-Za-z0-9_-]{8}\\.(js|css)$`);
const TEACHER_AND_CLASSROOM = chunkFile(TEACHER_AND_CLASSROOM_CHUNKS);

test('every chunk the student path must not fetch is in the build under the name this spec looks for', () => {
  const built = readdirSync(join(distDir, 'assets')).map((name) => `/assets/${name}`);
  const missing = TEACHER_AND_CLASSROOM_CHUNKS.filter((name) => !built.some((path) => chunkFile([name]).test(path)));
  expect(missing, `chunks renamed or merged: update TEACHER_AND_CLASSROOM_CHUNKS (built: ${built.join(', ')})`).toEqual([]);
});

test('a learner playing a set downloads no teacher or classroom code, and the student path stays within its byte budget', async ({ page }) => {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\.(js|css)$/.test(path)) scripts.add(path);
  });
  const quiz = readQuiz(OPENING);
  const quizPage = new QuizPage(page);
  const setsFetched = () => [...scripts].filter((path) => quizChunk.test(path)).map((path) => quizChunk.exec(path)![1]);
  await quizPage.openHome();
  await expect(page.getByRole('link', { name: quiz.title }).first()).toBeVisible();
  expect(setsFetched(), 'Home lists the sets from the manifest without fetching any').toEqual([]);
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  await expect(quizPage.markedStatement()).toBeVisible();
  expect(setsFetched(), 'only the set played is fetched').toEqual([OPENING]);
  const toFirstStatement = [...scripts];
  for (let index = 0; index < quiz.items.length; index++) {
    await quizPage.answer(LABEL_NAMES[quiz.items[index]!.label]);
    await quizPage.next();
  }
  await expect(page).toHaveURL(/\/summary\//);

  expect([...scripts].filter((path) => TEACHER_AND_CLASSROOM.test(path)), 'teacher and classroom chunks fetched').toEqual([]);
  const gzipOf = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length, 0);
  const code = gzipOf(toFirstStatement.filter((path) => !quizChunk.test(path)));
  const content = gzipOf(toFirstStatement.filter((path) => quizChunk.test(path)));
  test.info().annotations.push({ type: 'student path', description: `up to the first statement: code ${(code / 1024).toFixed(1)} KiB gzip, quiz sets ${(content / 1024).toFixed(1)} KiB gzip` });
  expect(content, 'the bundled quiz sets were recognised').toBeGreaterThan(0);
  expect(code, 'gzip bytes of JS and CSS code up to the first statement').toBeLessThanOrEqual(CODE_BUDGET_GZIP_BYTES);
});

test('a play address opened anew shows its statement in the first screen drawn, never "Loading…" first', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await quizPage.openSet(readQuiz(OPENING).title);
  await quizPage.start('Practice');
  await expect(quizPage.markedStatement()).toBeVisible();
  // Everything the page shows in #main, from the first node on, until the statement is there.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenBeforeStatement: string[] }).seenBeforeStatement = seen;
    const observer = new MutationObserver(() => {
      const main = document.getElementById('main');
      if (main?.textContent) seen.push(main.textContent);
      if (document.querySelector('mark.statement')) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await expect(quizPage.markedStatement()).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { seenBeforeStatement: string[] }).seenBeforeStatement);
  expect(seen.length, 'the play screen was drawn').toBeGreaterThan(0);
  expect(seen.filter((text) => text.includes('Loading')), 'what the page showed before the statement').toEqual([]);
});

/**
 * Regression guard on what index.html loads before any lazy import, set to the size measured: the name question, Home
 * and the manifest of the bundled sets (about 0.2 KiB gzip a set). 132.93 KiB with 29 sets on 2026-12-02, once the
 * play screen's code left it for a file of its own, i.e. 127.13 KiB plus 0.2 KiB a set; its history is in git.
 */
const BUNDLED_SET_COUNT = readdirSync('quizzes').filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json').length;
const INITIAL_BUDGET_GZIP_BYTES = (127.13 + 0.2 * BUNDLED_SET_COUNT) * 1024;

test('the initial chunk (entry, preloads and styles named by index.html) stays within its byte budget', async () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"[^>]*>/g)].map((match) => match[1]!);
  expect(files.length, 'index.html names its entry chunk').toBeGreaterThan(0);
  const gzip = files.reduce((sum, path) => sum + gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length, 0);
  test.info().annotations.push({ type: 'initial chunk', description: `${files.length} files, ${(gzip / 1024).toFixed(1)} KiB gzip` });
  expect(gzip, 'gzip bytes of the initial JS and CSS').toBeLessThanOrEqual(INITIAL_BUDGET_GZIP_BYTES);
});
