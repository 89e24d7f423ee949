import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { StoredData } from './pages/stored-data';
import { TeacherImport } from './pages/teacher-import';
import { LABEL_NAMES, OPENING, readQuiz } from './seed';
import { smallQuiz } from '../fixtures/small-quiz';

const quiz = readQuiz(OPENING);
const total = quiz.items.length;
const FULL = "This device's storage is full";

test('storage full during an answer: a clear message, earlier answers kept, the app still readable', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  const attemptId = decodeURIComponent(/\/play\/([^/?#]+)/.exec(page.url())?.[1] ?? '');
  for (let index = 0; index < 2; index++) {
    await quizPage.answer(LABEL_NAMES[quiz.items[index]!.label]);
    await expect(quizPage.status).not.toBeEmpty();
    await quizPage.next();
  }
  const data = new StoredData(page);
  const before = await data.dump();

  await data.failWritesWithQuotaExceeded();
  await quizPage.answer('Opinion');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(FULL);
  await expect(alert).toContainText('Your earlier answers are safe.');
  expect(await data.dump(), 'nothing was written, nothing was lost').toEqual(before);
  expect((await data.answersOf(attemptId)).map((answer) => answer.position)).toEqual([0, 1]);

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(quizPage.answerButton('Opinion'), 'the statement can be answered again').toBeEnabled();

  await page.getByRole('navigation').getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Sets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice sets' })).toBeVisible();
  await page.getByRole('link', { name: `Continue ${quiz.title}` }).click();
  await expect(quizPage.counter).toHaveText(`Statement 3 of ${total}`);
  await expect(quizPage.markedStatement()).toContainText(quiz.items[2]!.text.slice(0, 20));

  await page.reload();
  await quizPage.answer(LABEL_NAMES[quiz.items[2]!.label]);
  await expect(quizPage.status, 'with space again, answering works').toHaveText(/^(Correct|Accepted)/);
  expect((await data.answersOf(attemptId)).map((answer) => answer.position)).toEqual([0, 1, 2]);
});

test('storage full during an import: a clear message, the sets already stored kept, the app still readable', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  const teacher = new TeacherImport(page);
  await teacher.open();
  const kept = { ...smallQuiz(), id: 'kept-set', title: 'Kept set' };
  await teacher.importFiles([{ name: 'kept.json', text: JSON.stringify(kept) }]);
  await expect(teacher.results.getByRole('status')).toContainText('was imported');
  const data = new StoredData(page);
  const before = await data.dump();

  await data.failWritesWithQuotaExceeded();
  await teacher.importFiles([{ name: 'new.json', text: JSON.stringify(smallQuiz()) }]);
  await expect(teacher.results.getByRole('alert')).toContainText(FULL);
  expect(await data.dump(), 'nothing was written, nothing was lost').toEqual(before);

  await quizPage.openHome();
  await expect(page.getByRole('link', { name: 'Kept set' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Small set' })).toHaveCount(0);
  await quizPage.openSet('Kept set');
});
