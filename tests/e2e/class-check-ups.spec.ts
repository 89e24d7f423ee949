import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { LearnerPage } from './pages/learner-page';
import { readQuiz, wrongLabel } from './seed';
import { axeViolations } from './pages/a11y-checks';
import QRCode from 'qrcode';
import type { Label, Quiz } from '../../src/domain/quiz-schema';
import { encodeQrSeries } from '../../src/domain/qr-payload';
import type { ResultsFile } from '../../src/domain/results-format';

const FORM_A = readQuiz('en-check-up-a');
const FORM_B = readQuiz('en-check-up-b');
const SHOTS = process.env.SHOTS_DIR;
const T0 = Date.UTC(2026, 2, 2, 9, 0);
const DAY = 86_400_000;

/** A whole form answered with, per label, the first `right[label]` statements (in file order) right and the rest wrong. */
function take(quiz: Quiz, right: Record<Label, number>, start: number, learner: string) {
  const seen: Record<Label, number> = { fact: 0, claim: 0, opinion: 0 };
  return quiz.items.map((item, index) => {
    const isRight = seen[item.label]++ < right[item.label];
    return { id: `${learner}-${quiz.id}-${item.id}`, setId: quiz.id, itemId: item.id, chosen: isRight ? item.label : wrongLabel(item), correct: isRight, mode: 'check-up', answeredAt: start + index * 20_000 };
  });
}

const results = (name: string, answers: ReturnType<typeof take>) =>
  ({ format: 'fact-claim-opinion-results', version: 2, exportedAt: T0 + 3 * DAY, device: { id: 'tablet-1', name: 'Tablet 1' }, learner: { id: `id-${name}`, name }, answers }) as ResultsFile;
const resultsFile = (name: string, answers: ReturnType<typeof take>) => ({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(results(name, answers))) });

/** Cy took form A only (every statement called a fact, the wrong label `wrongLabel` picks: 4 of 12), and shows it as QR codes, saved as pictures. */
const CY_CODES = encodeQrSeries(results('Cy', take(FORM_A, { fact: 4, claim: 0, opinion: 0 }, T0, 'cy')), [FORM_A.id]);

// Ana: form A 7 of 12 (facts 4, claims 2, opinions 1), then B 11 of 12 (4, 4, 3): gain 4/5 = 80%.
// Ben: form B 6 of 12 (3, 1, 2), then A 10 of 12 (4, 3, 3): gain 4/6 = 67%.
const FILES = [
  resultsFile('Ana', [...take(FORM_A, { fact: 4, claim: 2, opinion: 1 }, T0, 'ana'), ...take(FORM_B, { fact: 4, claim: 4, opinion: 3 }, T0 + 2 * DAY, 'ana')]),
  resultsFile('Ben', [...take(FORM_B, { fact: 3, claim: 1, opinion: 2 }, T0, 'ben'), ...take(FORM_A, { fact: 4, claim: 3, opinion: 3 }, T0 + 2 * DAY, 'ben')]),
];

const rowCells = (table: import('@playwright/test').Locator, name: RegExp) => table.getByRole('row', { name }).getByRole('cell');

for (const [width, height] of [[1280, 900], [390, 844]] as const) {
  test(`a teacher imports two learners' files and a third's QR pictures, and reads their check-ups and the class's gains (${width} px, en and ar)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await new QuizPage(page).openHome('Teacher');
    await new LearnerPage(page).openClass();
    await page.getByLabel('Choose result files (you can pick many at once)').setInputFiles(FILES);
    await expect(page.getByText('Ana.json: Ana, 24 answers')).toBeVisible();
    const pictures = await Promise.all(CY_CODES.map(async (code, index) => ({ name: `cy-${index + 1}.png`, mimeType: 'image/png', buffer: await QRCode.toBuffer(code, { errorCorrectionLevel: 'M', margin: 4, scale: 4 }) })));
    await page.getByLabel('Or read QR codes from pictures').setInputFiles(pictures);
    await expect(page.getByText(/^Added the results of Cy: 12 new answers added/)).toBeVisible();

    const section = page.getByRole('region', { name: 'Check-ups: before and after practice' });
    await expect(section.getByText(/^2 learners took both check-ups\. 1 learner has only one finished check-up so far/)).toBeVisible();
    const learners = section.getByRole('table', { name: "Each learner's check-ups" });
    await expect(rowCells(learners, /^Ana \(Tablet 1\)/)).toHaveText([/^Form A7 of 12Fact: 4\sof\s4Attributed claim: 2\sof\s4Opinion: 1\sof\s4$/, /^Form B11 of 12/, '80%']);
    await expect(rowCells(learners, /^Ben \(Tablet 1\)/)).toHaveText([/^Form B6 of 12Fact: 3\sof\s4Attributed claim: 1\sof\s4Opinion: 2\sof\s4$/, /^Form A10 of 12/, '67%']);
    await expect(rowCells(learners, /^Cy \(Tablet 1\)/)).toHaveText([/^Form A4 of 12Fact: 4\sof\s4Attributed claim: 0\sof\s4Opinion: 0\sof\s4$/, 'not taken yet', 'none yet: only one check-up']);
    const byClass = section.getByRole('table', { name: /^The class: average before and after/ });
    await expect(rowCells(byClass, /^All statements/)).toHaveText(['54%', '88%', '73%']);
    await expect(rowCells(byClass, /^Fact/)).toHaveText(['88%', '100%', '100%']);
    await expect(rowCells(byClass, /^Attributed claim/)).toHaveText(['38%', '88%', '80%']);
    await expect(rowCells(byClass, /^Opinion/)).toHaveText(['38%', '75%', '60%']);
    await expect(section.getByRole('heading', { name: 'What these figures cannot tell' })).toBeVisible();
    await expect(page.getByText('No practice or test answers imported yet; the check-ups have their own section below.')).toBeVisible();

    for (const language of ['en', 'ar'] as const) {
      if (language === 'ar') {
        await page.getByRole('banner').getByRole('combobox').selectOption('ar');
        await expect(page.getByRole('heading', { level: 2, name: 'اختبارات المستوى: قبل التدرّب وبعده' })).toBeVisible();
        await expect(page.locator('.check-up-learners tbody tr').first().locator('td').first()).toContainText('النموذج أ');
      }
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/class-check-ups-${language}-${width}.png`, fullPage: true });
        await page.locator('.class-check-ups').screenshot({ path: `${SHOTS}/class-check-ups-${language}-${width}-section.png` });
      }
      expect(await axeViolations(page), `the class screen with check-ups (${language})`).toEqual([]);
      const fit = await page.evaluate(() => {
        const page = document.documentElement;
        const tables = [...document.querySelectorAll<HTMLElement>('.check-up-learners, .check-up-class')];
        return {
          sideways: page.scrollWidth - page.clientWidth,
          tooWide: tables.filter((table) => table.getBoundingClientRect().width > (table.parentElement as HTMLElement).clientWidth + 1).map((table) => table.className),
          cut: [...document.querySelectorAll<HTMLElement>('.class-check-ups th, .class-check-ups td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent),
        };
      });
      expect(fit, 'the check-up tables fit the screen: no sideways scroll, nothing cut').toEqual({ sideways: 0, tooWide: [], cut: [] });
      const cellsOf = await page.locator('.check-up-learners tbody tr').first().locator('th, td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect()));
      for (let index = 1; index < cellsOf.length; index++) {
        const [a, b] = [cellsOf[index - 1]!, cellsOf[index]!];
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        expect(overlap, `cells ${index} and ${index + 1} do not overlap`).toBeLessThanOrEqual(1);
      }
    }
  });
}

test('a learner who had practised before the first check-up: the class view says so and shows no gain with little practice between (en and ar, both sizes)', async ({ page }) => {
  const practice = readQuiz('en-1-who-says-so');
  const drills = (count: number, from: number) =>
    Array.from({ length: count }, (_, index) => ({ id: `dee-p-${from}-${index}`, setId: practice.id, itemId: practice.items[index % practice.items.length]!.id, chosen: 'fact', correct: true, mode: 'practice', answeredAt: from + index * 20_000 }));
  // Dee practised 100 statements before her first check-up and 10 between: form A 7 of 12, then B 11 of 12, and no gain.
  const dee = [...drills(100, T0 - DAY), ...take(FORM_A, { fact: 4, claim: 2, opinion: 1 }, T0, 'dee'), ...drills(10, T0 + DAY), ...take(FORM_B, { fact: 4, claim: 4, opinion: 3 }, T0 + 2 * DAY, 'dee')] as ReturnType<typeof take>;
  await new QuizPage(page).openHome('Teacher');
  await new LearnerPage(page).openClass();
  await page.getByLabel('Choose result files (you can pick many at once)').setInputFiles([resultsFile('Dee', dee), FILES[0]!]);
  const section = page.getByRole('region', { name: 'Check-ups: before and after practice' });
  await expect(section.getByText('2 learners took both check-ups. 1 of them is not in the class figures: the Gain column says why.')).toBeVisible();
  const learners = section.getByRole('table', { name: "Each learner's check-ups" });
  await expect(rowCells(learners, /^Dee \(Tablet 1\)/)).toHaveText([/^Form Ataken after practice had begun7 of 12/, /^Form B11 of 12/, 'none: practised before the first check-up, and fewer than 40 practice statements between the two']);
  for (const language of ['en', 'ar'] as const) {
    if (language === 'ar') await page.getByRole('banner').getByRole('combobox').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `no sideways scroll (${language}, ${width} px)`).toBe(0);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await page.locator('.class-check-ups').screenshot({ path: `${SHOTS}/class-practised-before-${language}-${width}.png` });
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page), `the class screen with a learner who practised first (${language})`).toEqual([]);
  }
});
