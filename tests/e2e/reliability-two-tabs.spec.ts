import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { StoredData } from './pages/stored-data';
import { LearnerPage } from './pages/learner-page';
import { LABEL_NAMES, OPENING, readQuiz, wrongLabel } from './seed';
import type { Label } from '../../src/domain/quiz-schema';

const quiz = readQuiz(OPENING);
const total = quiz.items.length;
const accepted = (index: number, label: Label) => label === quiz.items[index]!.label || label === quiz.items[index]!.alsoAccept;
const verdictFor = (index: number, label: Label) => (accepted(index, label) ? /^(Correct|Accepted)/ : /^Not quite/);

test('two tabs on one set and learner: each follows the other, and no answer is lost or doubled', async ({ page: pageA, context }) => {
  const a = new QuizPage(pageA);
  await a.openHome();
  await a.openSet(quiz.title);
  await a.start('Practice');
  const attemptId = decodeURIComponent(/\/play\/([^/?#]+)/.exec(pageA.url())?.[1] ?? '');

  const pageB = await context.newPage();
  const b = new QuizPage(pageB);
  await pageB.goto(pageA.url());
  await expect(b.counter).toHaveText(`Statement 1 of ${total}`);

  // The tab being used is in front, as a person would have it; the other one follows from the background.
  await pageA.bringToFront();
  await a.answer(LABEL_NAMES[quiz.items[0]!.label]);
  await expect(a.status).toHaveText(verdictFor(0, quiz.items[0]!.label));
  await expect(b.status, 'tab B shows the answer given in tab A').toHaveText(verdictFor(0, quiz.items[0]!.label));
  await expect(b.answerButton('Fact')).toBeDisabled();
  await a.next();
  await expect(b.counter, 'tab B moves on with tab A').toHaveText(`Statement 2 of ${total}`);

  const wrong = wrongLabel(quiz.items[1]!);
  await pageB.bringToFront();
  await b.answer(LABEL_NAMES[wrong]);
  await expect(a.status, 'tab A shows the answer given in tab B').toHaveText(/^Not quite/);
  await b.next();
  await expect(a.counter).toHaveText(`Statement 3 of ${total}`);

  // Both tabs answer statement 3 at the same moment, differently; whichever tab is second must not write over the first.
  await Promise.all([a.answerButton('Fact').dispatchEvent('click'), b.answerButton('Opinion').dispatchEvent('click')]);
  await expect.poll(async () => (await new StoredData(pageA).answersOf(attemptId)).length).toBe(3);
  const kept = (await new StoredData(pageA).answersOf(attemptId))[2]!;
  expect(['fact', 'opinion']).toContain(kept.chosen);
  for (const tab of [a, b]) {
    await expect(tab.status, 'both tabs show the one answer that was kept').toHaveText(verdictFor(2, kept.chosen));
    const alert = tab.page.getByRole('alert');
    if (await alert.isVisible()) await expect(alert).toContainText('This session moved on in another tab');
  }

  await pageA.bringToFront();
  for (let index = 2; index < total; index++) {
    if (index > 2) {
      await a.answer(LABEL_NAMES[quiz.items[index]!.label]);
      await expect(b.status).not.toBeEmpty();
    }
    await a.next();
    if (index + 1 < total) await expect(b.counter).toHaveText(`Statement ${index + 2} of ${total}`);
  }
  await expect(pageA).toHaveURL(/\/summary\//);
  await expect(pageB, 'tab B reaches the results too').toHaveURL(/\/summary\//);

  const answers = await new StoredData(pageA).answersOf(attemptId);
  expect(answers.map((answer) => answer.position)).toEqual([...Array(total).keys()]);
  const right = answers.filter((answer) => accepted(answer.position, answer.chosen)).length;
  for (const tab of [pageA, pageB]) await expect(tab.getByText(`${right} of ${total} right`, { exact: true })).toBeVisible();
  // Each tab's follow-up folds what waits, whichever tab stored it: review cards and day tallies count each answer once.
  await expect.poll(() => new StoredData(pageB).keptFigures()).toEqual(await new StoredData(pageA).answerFigures());
  await new LearnerPage(pageB).openProgress();
  await expect(pageB.getByText(new RegExp(`^${right} of ${total} answers right`)), 'My progress in the other tab counts each answer once').toBeVisible();
});
