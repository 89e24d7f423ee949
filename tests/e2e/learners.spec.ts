import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { LearnerPage } from './pages/learner-page';
import { LABEL_NAMES, OPENING, readQuiz, wrongLabel } from './seed';
import type { Label } from '../../src/domain/quiz-schema';
import { TeacherImport } from './pages/teacher-import';
import { smallQuiz } from '../fixtures/small-quiz';

const quiz = readQuiz(OPENING);
const total = quiz.items.length;
const DAY = 24 * 60 * 60 * 1000;

/** Plays the opening set in test mode with the label `choose` gives for each statement. */
async function playOpening(quizPage: QuizPage, choose: (index: number) => Label) {
  await quizPage.openSet(quiz.title);
  await quizPage.start('Test');
  for (let index = 0; index < total; index++) {
    await expect(quizPage.counter).toHaveText(`Statement ${index + 1} of ${total}`);
    await quizPage.answerInTest(LABEL_NAMES[choose(index)]);
  }
  await expect(quizPage.page.getByRole('heading', { level: 1, name: `Results: ${quiz.title}` })).toBeVisible();
}

const right = (index: number) => quiz.items[index]!.label;
const wrong = (index: number) => wrongLabel(quiz.items[index]!);
const alternate = (index: number) => (index % 2 === 0 ? right(index) : wrong(index));

test('two learners answer on one device; each sees only their own progress, and wrong answers come back for review', async ({ page }) => {
  const quizPage = new QuizPage(page);
  const learners = new LearnerPage(page);
  await quizPage.openHome('Ana');
  await expect(learners.header.getByText('Learner: Ana')).toBeVisible();
  await playOpening(quizPage, right);

  await learners.switchToNew('Ben');
  await quizPage.openHome();
  await expect(page.getByText(`0 of ${total} right`, { exact: true }).first()).toBeVisible();
  await playOpening(quizPage, wrong);

  await learners.openProgress();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress of Ben' })).toBeVisible();
  await expect(page.getByText(`0 of ${total} answers right`)).toBeVisible();
  expect((await learners.rows('By set')).find((cells) => cells[0] === quiz.title)).toEqual([quiz.title, `${total} of ${total}`, '0', '0']);
  const confusion = await learners.rows('What you chose for each label');
  const diagonal = confusion.filter((cells) => ['Fact', 'Attributed claim', 'Opinion'].includes(cells[0] ?? ''));
  expect(diagonal.map((cells) => cells[diagonal.indexOf(cells) + 1])).toEqual(['0', '0', '0']);
  await expect(page.getByRole('img', { name: /^Share right on / })).toBeVisible();

  await learners.switchTo('Ana');
  await learners.openProgress();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress of Ana' })).toBeVisible();
  await expect(page.getByText(`${total} of ${total} answers right`)).toBeVisible();

  // Two days later: Ben's wrong answers are due; Ana has nothing to review.
  await page.clock.setFixedTime(new Date(Date.now() + 2 * DAY));
  await quizPage.openHome();
  await expect(page.getByRole('button', { name: 'Review (0 due)' })).toBeDisabled();
  await learners.switchTo('Ben');
  await page.getByRole('button', { name: `Review (${total} due)` }).click();
  await expect(quizPage.counter).toHaveText(`Statement 1 of ${total}`);
  await expect(page.getByRole('main').getByRole('link', { name: 'Spaced review' })).toBeVisible();
});

test('results leave as a file and a QR code; importing them twice into the class view counts them once; a bad file is refused', async ({ page }, testInfo) => {
  const quizPage = new QuizPage(page);
  const learners = new LearnerPage(page);
  await quizPage.openHome('Ana, "la Rápida"');
  await playOpening(quizPage, alternate);
  const rightCount = Math.ceil(total / 2);

  await learners.openProgress();
  const resultsPath = testInfo.outputPath('ana.json');
  await learners.saveDownload('Save results file (JSON)', resultsPath);
  const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as { version: number; learner: { name: string }; answers: unknown[] };
  expect(results).toMatchObject({ version: 2, learner: { name: 'Ana, "la Rápida"' } });
  expect(results.answers).toHaveLength(total);
  const csvPath = testInfo.outputPath('ana.csv');
  await learners.saveDownload('Save as spreadsheet (CSV)', csvPath);
  expect(readFileSync(csvPath, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(total + 1);
  const qrPath = testInfo.outputPath('ana-qr.png');
  await (await learners.showQrCodes()).screenshot({ path: qrPath });
  await expect(page.getByRole('img', { name: 'QR code 1 of 1 with the results of Ana, "la Rápida"' })).toBeVisible();

  const badPath = testInfo.outputPath('bad.json');
  writeFileSync(badPath, JSON.stringify({ ...results, answers: [{ ...(results.answers[0] as object), chosen: 'fakt' }] }));

  await learners.openClass();
  const files = page.getByLabel('Choose result files (you can pick many at once)');
  await files.setInputFiles([resultsPath, badPath]);
  await expect(page.getByText(`${total} new answers added, 0 already here (counted once).`)).toBeVisible();
  await expect(page.getByText('bad.json was refused and nothing from it was added: Answer 1 is damaged or was changed by hand.')).toBeVisible();
  const learnerRows = await learners.rows('Learners');
  expect(learnerRows).toHaveLength(1);
  expect(learnerRows[0]?.[1]).toBe(`${rightCount} of ${total}`);
  const statements = await learners.rows('Statements, hardest first');
  expect(statements).toHaveLength(total);
  expect(statements[0]?.[3]).toBe('0 of 1 (0%)');

  await files.setInputFiles([resultsPath]);
  await expect(page.getByText(`0 new answers added, ${total} already here (counted once).`)).toBeVisible();
  await page.getByLabel('Or read QR codes from pictures').setInputFiles([qrPath]);
  await expect(page.getByText(`Added the results of Ana, "la Rápida": 0 new answers added, ${total} already here. Ready for the next learner.`)).toBeVisible();
  expect(await learners.rows('Learners')).toEqual(learnerRows);
  expect(await learners.rows('Statements, hardest first')).toEqual(statements);

  const classCsv = testInfo.outputPath('class.csv');
  await learners.saveDownload('Save the statements table (CSV)', classCsv);
  const lines = readFileSync(classCsv, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('set,statement_id,statement,key,learners,right_first_try,percent_right_first_try,right_latest,most_common_wrong_first_try,scored_by');
  expect(lines).toHaveLength(total + 1);
  expect(lines.slice(1).join('\n')).toContain(quiz.items[0]!.text.slice(0, 30));
  const scoresCsv = testInfo.outputPath('scores.csv');
  await learners.saveDownload("Save each learner's score (CSV)", scoresCsv);
  const scores = readFileSync(scoresCsv, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(scores[0]).toBe('learner,device,statements,right_first_try,percent_right_first_try,right_latest,scored_as_reported,exported_at');
  expect(scores[1]).toContain('la Rápida');
  expect(scores[1]).toContain(`,${total},${rightCount},`);
});

test('backup, clear the site data, restore: everything is back, own sets too; a backup from a newer app is refused', async ({ page: before, context }, testInfo) => {
  const quizPage = new QuizPage(before);
  await quizPage.openHome('Ana');
  const teacher = new TeacherImport(before);
  await teacher.open();
  await teacher.importFiles([{ name: 'small.json', text: JSON.stringify(smallQuiz()) }]);
  await expect(teacher.results.getByRole('status')).toContainText('was imported');
  await quizPage.openHome();
  await playOpening(quizPage, alternate);
  await new LearnerPage(before).switchToNew('Ben');
  await new LearnerPage(before).openClass();
  const backupPath = testInfo.outputPath('backup.json');
  await new LearnerPage(before).saveDownload('Save a backup file', backupPath);

  const origin = new URL(before.url()).origin;
  await before.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  const learners = new LearnerPage(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome! What is your name?' })).toBeVisible();

  await learners.openClass();
  const newer = JSON.parse(readFileSync(backupPath, 'utf8')) as { data: { databaseVersion: number } };
  newer.data.databaseVersion += 1;
  const newerPath = testInfo.outputPath('newer.json');
  writeFileSync(newerPath, JSON.stringify(newer));
  const restoreInput = page.getByLabel('Restore from a backup file');
  await restoreInput.setInputFiles([newerPath]);
  await page.getByRole('button', { name: 'Yes, restore' }).click();
  await expect(page.getByText(/^This backup comes from a newer version of the app\./)).toBeVisible();
  await expect(learners.header.getByText(/^Learner: /)).toHaveCount(0);

  await restoreInput.setInputFiles([backupPath]);
  await page.getByRole('button', { name: 'Yes, restore' }).click();
  await expect(page.getByText(`Restored: 2 learners and ${total} answers.`)).toBeVisible();
  await expect(learners.header.getByText('Learner: Ben')).toBeVisible();
  await learners.switchTo('Ana');
  await learners.openProgress();
  await expect(page.getByText(`${Math.ceil(total / 2)} of ${total} answers right`)).toBeVisible();
  await page.goto('/teacher');
  await expect(page.getByRole('listitem', { name: 'Small set' }), 'the imported set came back').toBeVisible();
});
