import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { LearnerPage } from './pages/learner-page';
import { OPENING, readQuiz } from './seed';
import { axeViolations } from './pages/a11y-checks';

const quiz = readQuiz(OPENING);
const LONG_NAME = 'Maximiliano-Alejandro-Bartholomew-Featherstonehaugh';

/** Headers whose text is cut (wider than their box) and how far the page scrolls sideways. */
async function cutHeaders(page: import('@playwright/test').Page, selector: string) {
  return page.evaluate((tables) => {
    const cut = [...document.querySelectorAll<HTMLElement>(`${tables} th`)]
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => cell.textContent);
    return { cut, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  }, selector);
}

for (const language of ['en', 'ar'] as const) {
  test(`on a 390 px phone the class and progress tables cut no header and a long name wraps (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const quizPage = new QuizPage(page);
    await quizPage.openHome(LONG_NAME);
    await quizPage.openSet(quiz.title);
    await quizPage.start('Test');
    await quizPage.answerInTest('Fact');
    await expect(quizPage.counter).toHaveText(`Statement 2 of ${quiz.items.length}`);
    const results = {
      format: 'fact-claim-opinion-results', version: 1, exportedAt: Date.now(),
      device: { id: 'tablet-1', name: 'Tablet 1' }, learner: { id: 'l1', name: LONG_NAME },
      answers: quiz.items.map((item, index) => ({ id: `a${index}`, setId: quiz.id, itemId: item.id, chosen: 'fact', correct: item.label === 'fact', mode: 'test', answeredAt: Date.now() - 60_000 + index })),
    };
    const learners = new LearnerPage(page);
    await learners.openClass();
    await page.getByLabel('Choose result files (you can pick many at once)').setInputFiles([{ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(results)) }]);
    await expect(page.getByRole('table', { name: 'Learners' })).toBeVisible();
    if (language === 'ar') await page.getByRole('banner').getByRole('combobox').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    expect(await cutHeaders(page, '.class-statements, .class-learners')).toEqual({ cut: [], sideways: 0 });
    expect(await axeViolations(page), 'the unlocked class screen with results').toEqual([]);
    const name = page.locator('.class-learners th[scope="row"]').first();
    const box = await name.boundingBox();
    expect(box && box.width, 'the name wraps inside its cell').toBeLessThan(390);
    expect(box && box.height, 'on more than one line').toBeGreaterThan(40);

    await page.getByRole('navigation').getByRole('link').nth(1).click();
    await expect(page.locator('.by-set')).toBeVisible();
    expect(await cutHeaders(page, '.by-set, .by-label')).toEqual({ cut: [], sideways: 0 });
    await page.getByRole('button').filter({ hasText: language === 'en' ? 'Show the QR codes' : 'اعرض رموز QR' }).click();
    await expect(page.locator('.result-qr img')).toBeVisible();
    expect(await axeViolations(page), 'the progress screen with its QR code').toEqual([]);
    const region = await page.locator('.by-set').locator('..').boundingBox();
    const due = await page.locator('.by-set th[scope="col"]').last().boundingBox();
    expect(due && region && due.x >= region.x - 1 && due.x + due.width <= region.x + region.width + 1, '"Due for review" is on screen, not scrolled away').toBe(true);
  });
}
