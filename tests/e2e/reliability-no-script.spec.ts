import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { LearnerPage } from './pages/learner-page';
import { StoredData } from './pages/stored-data';
import { XSS_PAYLOADS, xssQuiz } from '../fixtures/xss-quiz';
import { OPENING, readQuiz } from './seed';
import { checkQuiz } from '../../src/domain/validate-quiz';
import type { Quiz } from '../../src/domain/quiz-schema';

/** Anything in the page that markup from a file could have produced. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (/^(href|src|xlink:href|action|formaction)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
    }
    for (const element of document.querySelectorAll('script:not([src]), iframe, object, embed, img[src="x"], main svg script')) found.push(element.outerHTML.slice(0, 80));
    return found;
  });
}

function watch(page: Page) {
  const ran: string[] = [];
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => ran.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') ran.push(`console error: ${message.text()}`);
  });
  return ran;
}

const storedRecord = (quiz: Quiz) => ({ id: quiz.id, quiz, createdAt: 1, updatedAt: 1 });

test('script, event handlers, javascript: URLs and SVG in every text field of a set never run and show as text', async ({ page }) => {
  test.setTimeout(900_000);
  const ran = watch(page);
  const valid = xssQuiz('hostile-valid');
  const hostileUrls = xssQuiz('hostile-urls', true);
  expect(checkQuiz(valid).ok, 'the payload set is a valid quiz file').toBe(true);

  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await new StoredData(page).put('quizSets', [storedRecord(valid), storedRecord(hostileUrls)]);
  await quizPage.openHome();
  await expect(page.getByRole('link', { name: valid.title }).first(), 'the title shows as text').toBeVisible();
  expect(await injectedMarkup(page)).toEqual([]);

  for (const quiz of [valid, hostileUrls]) {
    await page.goto(`/sets/${quiz.id}`);
    await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();
    expect(await injectedMarkup(page), `set page of ${quiz.id}`).toEqual([]);
    await quizPage.start('Practice');
    for (let index = 0; index < quiz.items.length; index++) {
      await expect(quizPage.markedStatement()).toHaveText(quiz.items[index]!.text);
      await quizPage.answer('Fact');
      await expect(quizPage.status).not.toBeEmpty();
      expect(await injectedMarkup(page), `feedback ${index + 1} of ${quiz.id}`).toEqual([]);
      await quizPage.next();
    }
    await expect(page).toHaveURL(/\/summary\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await injectedMarkup(page), `summary of ${quiz.id}`).toEqual([]);
  }

  const screens = ['/about', '/progress', '/class', '/teacher', ...[valid, hostileUrls].flatMap((quiz) => ['edit', 'preview', 'worksheet'].map((view) => `/teacher/sets/${quiz.id}/${view}`))];
  for (const path of screens) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
    expect(await injectedMarkup(page), path).toEqual([]);
  }
  expect(ran, 'nothing from the files ran, and the page logged no error').toEqual([]);
});

test('script and markup in a result file, and in its file name, never run and show as text', async ({ page }) => {
  const ran = watch(page);
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  const learner = `Learner ${XSS_PAYLOADS[1]}`;
  const results = {
    format: 'fact-claim-opinion-results',
    version: 1,
    exportedAt: 1_780_000_000_000,
    device: { id: `device ${XSS_PAYLOADS[0]}`.slice(0, 100), name: `Tablet ${XSS_PAYLOADS[2]}`.slice(0, 80) },
    learner: { id: XSS_PAYLOADS[3], name: learner.slice(0, 80) },
    answers: XSS_PAYLOADS.map((payload, index) => ({
      id: `answer-${index}-${payload}`.slice(0, 100),
      setId: index % 2 ? OPENING : payload.slice(0, 100),
      itemId: index % 2 ? readQuiz(OPENING).items[index]!.id : payload.slice(0, 100),
      chosen: 'fact',
      correct: index % 3 === 0,
      mode: 'practice',
      answeredAt: 1_780_000_000_000 + index,
    })),
  };
  const refused = { ...results, learner: { id: 'x', name: 42 }, answers: [{ ...results.answers[0], chosen: XSS_PAYLOADS[0] }] };

  await page.goto('/class');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await new LearnerPage(page).unlockTeacher();
  await page.getByLabel('Choose result files (you can pick many at once)').setInputFiles([
    { name: `${XSS_PAYLOADS[1]}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(results)) },
    { name: `${XSS_PAYLOADS[6]}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(refused)) },
  ]);
  await expect(page.getByText(`${XSS_PAYLOADS[1]}.json: ${learner.slice(0, 80)}, ${XSS_PAYLOADS.length} answers`)).toBeVisible();
  await expect(page.getByText(`${XSS_PAYLOADS[6]}.json was refused and nothing from it was added`, { exact: false })).toBeVisible();
  await expect(page.getByText(/new answers added/)).toBeVisible();
  expect(await injectedMarkup(page)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await new LearnerPage(page).unlockTeacher();
  await expect(page.getByText(learner.slice(0, 80)).first(), 'the class table shows the name as text').toBeVisible();
  expect(await injectedMarkup(page)).toEqual([]);
  expect(ran, 'nothing from the file ran, and the page logged no error').toEqual([]);
});
