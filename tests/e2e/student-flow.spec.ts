import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { LABEL_NAMES, OPENING, readQuiz, wrongLabel } from './seed';

const quiz = readQuiz(OPENING);
const total = quiz.items.length;

/** Answers item i right when i is even, wrong when odd. */
const choiceFor = (index: number) => {
  const item = quiz.items[index]!;
  return index % 2 === 0 ? item.label : wrongLabel(item);
};

test('a learner plays the opening set to the end and sees a score that matches their answers', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');

  for (let index = 0; index < total; index++) {
    await expect(quizPage.counter).toHaveText(`Statement ${index + 1} of ${total}`);
    await expect(quizPage.markedStatement()).toContainText(quiz.items[index]!.text.slice(0, 30));
    await quizPage.answer(LABEL_NAMES[choiceFor(index)]);
    await expect(quizPage.status).toHaveText(index % 2 === 0 ? /^(Correct|Accepted)/ : /^Not quite — this is/);
    await quizPage.next();
  }

  const right = Math.ceil(total / 2);
  await expect(page.getByRole('heading', { level: 1, name: `Results: ${quiz.title}` })).toBeVisible();
  await expect(page.getByText(`${right} of ${total} right`, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try missed again' })).toBeVisible();
  await expect(page).toHaveURL(/\/summary\//);
});

test('a reload mid-set reopens the same statement, and during feedback shows the same verdict', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  for (let index = 0; index < 3; index++) {
    await quizPage.answer(LABEL_NAMES[choiceFor(index)]);
    await quizPage.next();
  }
  await expect(quizPage.counter).toHaveText(`Statement 4 of ${total}`);
  await page.reload();
  await expect(quizPage.counter).toHaveText(`Statement 4 of ${total}`);

  await quizPage.answer(LABEL_NAMES[choiceFor(3)]);
  await expect(quizPage.status).toHaveText(/^Not quite/);
  await page.reload();
  await expect(quizPage.counter).toHaveText(`Statement 4 of ${total}`);
  await expect(quizPage.status).toHaveText(/^Not quite/);
  await expect(quizPage.answerButton('Fact')).toBeDisabled();
});

test('closing the page without unload loses nothing: Continue resumes at the right statement', async ({ page, context, browser }) => {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  for (let index = 0; index < 5; index++) {
    await quizPage.answer(LABEL_NAMES[choiceFor(index)]);
    await expect(quizPage.status).not.toBeEmpty();
    if (index < 4) await quizPage.next();
  }
  // Killed during the feedback of statement 5: its answer was stored before the feedback showed.
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'page' && info.url.includes('/play/'));
  expect(target).toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: target!.targetId });
  await expect.poll(() => page.isClosed()).toBe(true);

  const reopened = await context.newPage();
  const again = new QuizPage(reopened);
  await again.openHome();
  await reopened.getByRole('link', { name: `Continue ${quiz.title}` }).click();
  await expect(again.counter).toHaveText(`Statement 5 of ${total}`);
  await expect(again.status).toHaveText(/^(Correct|Accepted)/);
  await again.next();
  for (let index = 5; index < total; index++) {
    await again.answer(LABEL_NAMES[choiceFor(index)]);
    await again.next();
  }
  await expect(reopened.getByText(`${Math.ceil(total / 2)} of ${total} right`, { exact: true })).toBeVisible();
});

test('keys 1, 2, 3 answer and Enter moves on', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  const keyFor = { fact: '1', claim: '2', opinion: '3' } as const;
  await page.keyboard.press(keyFor[quiz.items[0]!.label]);
  await expect(quizPage.status).toHaveText(/^Correct/);
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quizPage.counter).toHaveText(`Statement 2 of ${total}`);
  await expect(quizPage.counter).toBeFocused();
});
