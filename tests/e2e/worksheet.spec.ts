import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { OPENING, readQuiz } from './seed';
import { overlapping, printedPages, type Box } from './pages/printed-pdf';

const quiz = readQuiz(OPENING);

/** The worksheet's parts as laid out now: tools, title, name line, each passage block and statement, the credit, the key. */
async function worksheetBoxes(page: Page): Promise<Box[]> {
  return page.locator('.worksheet').evaluate((sheet) => {
    const selectors = ['.worksheet-tools', '#worksheet-title', '.worksheet-name', '.worksheet-passage', '.worksheet-item', '.worksheet-questions > .credit', '.worksheet-key'];
    return selectors.flatMap((selector) =>
      [...sheet.querySelectorAll(selector)].flatMap((element, index) => {
        const box = element.getBoundingClientRect();
        return box.width && box.height ? [{ name: `${selector} ${index + 1}`, x: box.x, y: box.y + window.scrollY, width: box.width, height: box.height }] : [];
      }),
    );
  });
}

async function positioned(page: Page): Promise<string[]> {
  return page.locator('.worksheet').evaluate((sheet) =>
    [...sheet.querySelectorAll('*')].filter((element) => ['absolute', 'fixed'].includes(getComputedStyle(element).position)).map((element) => element.className),
  );
}

test('the worksheet shows each passage once with its statements numbered, tick boxes, a name and date line, and the key after the last statement', async ({ page }) => {
  await page.goto(`/teacher/sets/${OPENING}/worksheet`);
  await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();
  await expect(page.locator('.worksheet-passage')).toHaveCount(quiz.passages.length);
  await expect(page.getByRole('list', { name: /^Statement \d+: tick one$/ })).toHaveCount(quiz.items.length);
  await expect(page.getByRole('list', { name: 'Statement 13: tick one' }).getByRole('listitem')).toHaveText(['Fact', 'Attributed claim', 'Opinion']);
  await expect(page.locator('.statement-number')).toHaveText(quiz.items.map((_, index) => String(index + 1)));
  await expect(page.getByText('Name: ')).toBeVisible();
  await expect(page.getByText('Date: ')).toBeVisible();
  // Paragraph breaks in the data are kept.
  const firstPassage = quiz.passages[0]!.text;
  expect(firstPassage).toMatch(/\n/);
  const shown = await page.locator('.worksheet-passage').first().innerText();
  expect(shown.split(/\n\s*\n/).length).toBe(firstPassage.split(/\n\s*\n/).length);

  const key = page.getByRole('region', { name: `Answer key: ${quiz.title}` });
  await expect(key.getByRole('listitem')).toHaveCount(quiz.items.length);
  await expect(key).not.toContainText(/[“"‘']\s*[“"‘]|[”"’]\s*[”"’']/);
  await expect(page.getByText(`Source: “${quiz.source.title}”, ${quiz.source.publisher}`)).toHaveCount(2);

  // On screen: nothing lies over anything, nothing is lifted out of the flow, and the key comes after the last statement.
  expect(await positioned(page)).toEqual([]);
  const boxes = await worksheetBoxes(page);
  expect(overlapping(boxes)).toEqual([]);
  const lastItem = boxes.find((box) => box.name === `.worksheet-item ${quiz.items.length}`)!;
  const keyBox = boxes.find((box) => box.name === '.worksheet-key 1')!;
  expect(keyBox.y).toBeGreaterThan(lastItem.y + lastItem.height);
});

for (const language of ['en', 'ar'] as const) {
  test(`printed to PDF (${language}): the key starts on a later page than the last statement, and nothing overlaps`, async ({ page }, testInfo) => {
    await page.goto('/teacher');
    if (language === 'ar') {
      await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    await page.goto(`/teacher/sets/${OPENING}/worksheet`);
    await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.worksheet-tools')).toBeHidden();
    expect(await positioned(page)).toEqual([]);
    expect(overlapping(await worksheetBoxes(page))).toEqual([]);

    const pages = await printedPages(page, testInfo.outputPath(`worksheet-${language}.pdf`));
    expect(pages.length).toBeGreaterThan(1);
    const lastStatement = quiz.items.at(-1)!.text.split(' ').slice(0, 6).join(' ');
    const lastStatementPage = pages.findIndex((text) => text.includes(lastStatement));
    // The key's heading holds the set's title, as the sheet's own heading does: the second page with the title is the key's first.
    const titlePages = pages.flatMap((text, index) => (text.includes(quiz.title) ? [index] : []));
    expect(titlePages[0]).toBe(0);
    const keyPage = titlePages[1]!;
    expect(lastStatementPage).toBeGreaterThanOrEqual(0);
    expect(keyPage, `key on page ${keyPage + 1}, last statement on page ${lastStatementPage + 1}`).toBeGreaterThan(lastStatementPage);
    // The key's page begins with the key: nothing of the statements is printed above it.
    expect(pages[keyPage]!.indexOf(quiz.title)).toBeLessThan(40);
    // The credit is printed under the statements and under the key.
    expect(pages.filter((text) => text.includes(quiz.source.publisher)).length).toBeGreaterThanOrEqual(2);
  });
}
