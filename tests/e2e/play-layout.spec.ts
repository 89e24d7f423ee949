import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell';
import { QuizPage } from './pages/quiz-page';
import { OPENING, readQuiz, wrongLabel } from './seed';
import { LABELS } from '../../src/domain/quiz-schema';

const quiz = readQuiz(OPENING);
const LANGUAGES = [
  { name: 'English', lang: 'en' },
  { name: 'العربية', lang: 'ar' },
  { name: 'Español', lang: 'es' },
] as const;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

async function box(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
    }),
  );
}

const inside = (inner: Box, outer: Box) => inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function startInLanguage(page: Page, language: string) {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await quizPage.openSet(quiz.title);
  await quizPage.start('Practice');
  await new AppShell(page).chooseLanguage(language as 'English');
  return quizPage;
}

/** The three answer cards: inside the screen, apart from each other, their names and hints lined up, names inside their cards. */
async function expectCardsLinedUp(page: Page, scope: string, screen: Box) {
  const cards = await box(page, `${scope} .answer`);
  const names = await box(page, `${scope} .answer-name`);
  expect(cards).toHaveLength(3);
  for (const [index, card] of cards.entries()) {
    expect(inside(card, screen), `card ${index + 1} fully on screen`).toBe(true);
    expect(inside(names[index]!, card), `name ${index + 1} inside its card`).toBe(true);
    for (const other of cards.slice(index + 1)) expect(overlap(card, other), 'cards apart').toBe(false);
  }
  expect(Math.max(...names.map((name) => name.top)) - Math.min(...names.map((name) => name.top)), 'names on one line across the cards').toBeLessThan(1);
  expect(Math.max(...cards.map((card) => card.bottom)) - Math.min(...cards.map((card) => card.bottom)), 'cards of one height').toBeLessThan(1);
  const hints = await box(page, `${scope} .answer-hint`);
  const shownHints = hints.filter((hint) => hint.bottom > hint.top);
  if (shownHints.length) expect(Math.max(...shownHints.map((hint) => hint.top)) - Math.min(...shownHints.map((hint) => hint.top)), 'hints lined up').toBeLessThan(1);
}

for (const { name, lang } of LANGUAGES) {
  test(`phone 390×844 in ${lang}: each statement is on screen with the answer buttons, and the verdict with Next after answering`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await startInLanguage(page, name);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const screen: Box = { top: 0, left: 0, right: 390, bottom: 844 };
    for (const [index, item] of quiz.items.slice(0, 6).entries()) {
      await expect(page.locator('#play-counter')).toContainText(String(index + 1));
      await expect(page.locator('.answer-bar .answer').first()).toBeEnabled();
      const [bar] = await box(page, '.answer-bar');
      const marks = await box(page, 'mark.statement');
      expect(marks[0]!.top, `statement ${index + 1} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(marks[0]!.top, `statement ${index + 1} starts above the answer bar`).toBeLessThan(bar!.top);
      expect(inside(bar!, screen), 'the answer bar is on screen').toBe(true);
      await expectCardsLinedUp(page, '.answer-bar', screen);

      const chosen = index % 2 ? item.label : wrongLabel(item);
      await page.keyboard.press(String(LABELS.indexOf(chosen) + 1));
      const verdict = page.locator('.answer-bar [role="status"]');
      await expect(verdict).not.toBeEmpty();
      const [verdictBox] = await box(page, '.answer-bar [role="status"]');
      const [nextBox] = await box(page, '.answer-bar button.primary');
      const [explanation] = await box(page, '.feedback');
      expect(inside(verdictBox!, screen), 'the verdict is on screen').toBe(true);
      expect(inside(nextBox!, screen), 'Next is on screen').toBe(true);
      expect(explanation!.top, 'the explanation starts on screen').toBeGreaterThanOrEqual(0);
      expect(explanation!.top, 'the explanation starts above the bar').toBeLessThan(verdictBox!.top);
      await expect(page.locator('.answer-bar button.primary')).toBeFocused();
      await page.keyboard.press('Enter');
    }
  });

  test(`desktop 1280×900 in ${lang}: the three answer cards line up, each name on one line`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await startInLanguage(page, name);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectCardsLinedUp(page, '.answer-bar', { top: 0, left: 0, right: 1280, bottom: 900 });
    const lines = await page.locator('.answer-bar .answer-name').evaluateAll((names) =>
      names.map((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
    );
    for (const count of lines) expect(count, 'lines per label name').toBeLessThan(1.5);
  });
}

for (const { width, height, label } of [
  { width: 320, height: 640, label: '320 px' },
  { width: 640, height: 360, label: '200 % zoom (640×360)' },
]) {
  test(`at ${label} the statement and the three answers are on screen together`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await startInLanguage(page, 'English');
    const screen: Box = { top: 0, left: 0, right: width, bottom: height };
    await page.keyboard.press('1');
    await expect(page.locator('.answer-bar [role="status"]')).not.toBeEmpty();
    await page.keyboard.press('Enter');
    await expect(page.locator('#play-counter')).toContainText('2');
    const [bar] = await box(page, '.answer-bar');
    const [mark] = await box(page, 'mark.statement');
    expect(mark!.top).toBeGreaterThanOrEqual(0);
    expect(mark!.top).toBeLessThan(bar!.top);
    await expectCardsLinedUp(page, '.answer-bar', screen);
  });
}
