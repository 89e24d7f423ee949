import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell';
import { TeacherPage } from './pages/teacher-page';

const ARTICLES = {
  ar: {
    text: '\u200fافتُتحت المكتبة العامة في حي الزيتون عام 1998.\u200f وفقاً للبلدية، سيكتمل العمل في الجسر قبل الصيف؛ لكن السكان غير مقتنعين. أليس من العار أن تبقى المدرسة بلا مكيفات؟',
    sentences: 3,
    expected: [
      { suggestion: 'Fact', cue: 'حي الزيتون' },
      { suggestion: 'Attributed claim', cue: 'وفقاً للبلدية' },
      { suggestion: 'Opinion', cue: 'أليس' },
    ],
    arabicSuggestion: 'الاقتراح: حقيقة',
  },
  es: {
    text: 'La Dra. Martínez inauguró la biblioteca de EE. UU. en 1998. ¿Por qué sigue cerrada los lunes? Según el ayuntamiento, abrirá a las 10 a. m. desde enero. El nuevo horario es un desastre.',
    sentences: 4,
    expected: [
      { suggestion: 'Fact', cue: 'Dra. Martínez' },
      { suggestion: null, cue: null },
      { suggestion: 'Attributed claim', cue: 'Según' },
      { suggestion: 'Opinion', cue: 'desastre' },
    ],
    arabicSuggestion: 'الاقتراح: حقيقة',
  },
} as const;

const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Screenshots for a person to look at, only when asked for (`SHOTS_DIR=…`): the sentences, then each statement's suggestion. */
async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await page.locator('.sentence-text').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${dir}/${name}-sentences.png` });
  const statements = page.getByRole('article');
  for (let index = 0; index < (await statements.count()); index += 1) {
    await statements.nth(index).locator('.suggestion').screenshot({ path: `${dir}/${name}-statement-${index + 1}.png` });
  }
}

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      .slice(0, 5),
  );
}

/** The deciding cue sits inside its suggestion, and the suggestion does not run into the label choice below it. */
async function expectSuggestionLaidOut(page: Page, number: number) {
  const statement = page.getByRole('article').nth(number - 1);
  const panel = statement.locator('.suggestion');
  const mark = panel.locator('mark.deciding-cue');
  const labels = statement.locator('fieldset.label-choice');
  const [panelBox, markBox, labelBox] = [await panel.boundingBox(), await mark.boundingBox(), await labels.boundingBox()];
  expect(panelBox && markBox && labelBox).toBeTruthy();
  expect(markBox!.x).toBeGreaterThanOrEqual(panelBox!.x - 1);
  expect(markBox!.x + markBox!.width).toBeLessThanOrEqual(panelBox!.x + panelBox!.width + 1);
  expect(panelBox!.y + panelBox!.height).toBeLessThanOrEqual(labelBox!.y + 1);
}

for (const [language, article] of Object.entries(ARTICLES)) {
  for (const size of SIZES) {
    test(`an article in ${language} is split and each statement gets a suggestion with its deciding cue, in English and Arabic (${size.name})`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const teacher = new TeacherPage(page);
      await teacher.openLibrary();
      await teacher.newSet();
      await page.getByLabel('Language of the article', { exact: true }).fill(language);
      await teacher.pasteArticle(article.text);
      await expect(page.getByRole('heading', { name: `${article.sentences} sentences` })).toBeVisible();

      for (const [index, expected] of article.expected.entries()) {
        const number = index + 1;
        await teacher.makeStatementFromSentence(number);
        const statement = teacher.statement(number);
        if (expected.suggestion) {
          await expect(statement.getByText(`Suggestion: ${expected.suggestion}`, { exact: true })).toBeVisible();
          await expect(statement.locator('mark.deciding-cue')).toHaveText(expected.cue);
          await expect(statement.locator('.suggestion-statement')).toHaveAttribute('lang', language);
          await expectSuggestionLaidOut(page, number);
        } else {
          await expect(statement.getByText(/^No suggestion: this reads as a question/)).toBeVisible();
        }
      }
      expect(await overflowing(page), 'nothing sticks out sideways').toEqual([]);
      await shot(page, `editor-${language}-article-en-${size.name}`);

      await new AppShell(page).chooseLanguage('العربية');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByText(article.arabicSuggestion, { exact: true }).first()).toBeVisible();
      await expect(page.locator('mark.deciding-cue').first()).toHaveText(article.expected[0]!.cue!);
      await expectSuggestionLaidOut(page, 1);
      expect(await overflowing(page), 'nothing sticks out sideways').toEqual([]);
      await shot(page, `editor-${language}-article-ar-${size.name}`);
    });
  }
}
