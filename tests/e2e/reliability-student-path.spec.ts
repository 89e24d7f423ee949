import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { LABEL_NAMES, OPENING, readQuiz } from './seed';

const distDir = process.env.E2E_DIST ?? 'dist';
/**
 * Regression guard on the code (160 KiB gzip on 2026-11-29), not the quiz sets, which grow as content is written;
 * the goal, 1.10× the floor, is tracked by `npm run bench`.
 */
const CODE_BUDGET_GZIP_BYTES = 170 * 1024;
const quizChunk = new RegExp(`^/assets/(${readdirSync('quizzes').map((name) => name.replace(/\.json$/, '')).join('|')})-`);
/** Chunks of the lazy teacher, classroom, progress and settings screens, and the teacher's and classroom's strings. */
const TEACHER_AND_CLASSROOM = /^\/assets\/(Teacher|Classroom|ClassTable|ImportResults|QrScanner|ProgressScreen|SettingsScreen|ManageLearners|teacher-|classroom-|use-teacher|read-text-file)/;

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

/** Regression guard on what index.html loads before any lazy import (151.1 KiB gzip on 2026-12-01); bytes are stable, so no slack for noise is needed. */
const INITIAL_BUDGET_GZIP_BYTES = 155 * 1024;

test('the initial chunk (entry, preloads and styles named by index.html) stays within its byte budget', async () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"[^>]*>/g)].map((match) => match[1]!);
  expect(files.length, 'index.html names its entry chunk').toBeGreaterThan(0);
  const gzip = files.reduce((sum, path) => sum + gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length, 0);
  test.info().annotations.push({ type: 'initial chunk', description: `${files.length} files, ${(gzip / 1024).toFixed(1)} KiB gzip` });
  expect(gzip, 'gzip bytes of the initial JS and CSS').toBeLessThanOrEqual(INITIAL_BUDGET_GZIP_BYTES);
});
