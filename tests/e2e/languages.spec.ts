import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell';
import { QuizPage } from './pages/quiz-page';
import { englishLeftOn } from './pages/english-ui-strings';
import { OPENING, readQuiz } from './seed';
import type { Label } from '../../src/domain/quiz-schema';

const quiz = readQuiz(OPENING);
const ARABIC_LABELS: Record<Label, string> = { fact: 'حقيقة', claim: 'ادعاء منسوب', opinion: 'رأي' };

test('Arabic turns the shell right to left, with no English interface string on the screen, and is remembered', async ({ page }) => {
  const shell = new AppShell(page);
  await page.goto('/about');
  await shell.chooseLanguage('العربية');

  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1, name: 'حول التصنيفات الثلاثة' })).toBeVisible();
  await expect(page).toHaveTitle('حقيقة · ادعاء · رأي');
  expect(await englishLeftOn(page)).toEqual([]);

  const brand = await page.getByRole('banner').getByRole('link', { name: 'حقيقة · ادعاء · رأي' }).boundingBox();
  const nav = await page.getByRole('navigation').boundingBox();
  expect(brand!.x, 'the brand sits at the inline start, on the right').toBeGreaterThan(nav!.x);

  await shell.nav('الإعدادات').click();
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible();
  await expect(page.getByText(/^(التخزين دائم|التخزين غير دائم|لا يستطيع هذا المتصفح)/)).toBeVisible();
  expect(await englishLeftOn(page)).toEqual([]);
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  await shell.nav('المجموعات').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await englishLeftOn(page)).toEqual([]);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(shell.nav('المجموعات')).toBeVisible();

  await shell.chooseLanguage('Español');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(shell.nav('Conjuntos')).toBeVisible();
  await shell.nav('Acerca de').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Las tres etiquetas' })).toBeVisible();
  expect(await englishLeftOn(page)).toEqual([]);
  await shell.expectNoCspViolation();
});

test('a whole set in Arabic: questions, feedback and results speak Arabic; the quiz text stays English', async ({ page }) => {
  const shell = new AppShell(page);
  const quizPage = new QuizPage(page);
  await quizPage.openHome('سلمى');
  await quizPage.openSet(quiz.title);
  await shell.chooseLanguage('العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await englishLeftOn(page)).toEqual([]);

  await page.getByRole('radio', { name: /^تدريب/ }).check();
  await page.getByRole('button', { name: /^(ابدأ|ابدأ من جديد)$/ }).click();
  const total = quiz.items.length;
  for (let index = 0; index < total; index++) {
    const item = quiz.items[index]!;
    await expect(page.getByRole('heading', { level: 1, name: `العبارة ${index + 1} من ${total}` })).toBeVisible();
    await expect(page.locator('.passage')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.passage'), 'the English excerpt reads left to right').toHaveCSS('direction', 'ltr');
    await page.getByRole('button', { name: new RegExp(`^${ARABIC_LABELS[item.label]}`) }).click();
    await expect(page.getByRole('status')).toHaveText(/^(صحيح|مقبول)/);
    if (index === 0) expect(await englishLeftOn(page)).toEqual([]);
    await page.getByRole('button', { name: /^(التالي|عرض النتائج)$/ }).click();
  }
  await expect(page.getByText(`${total} صحيحة من ${total}`, { exact: true })).toBeVisible();
  expect(await englishLeftOn(page)).toEqual([]);
  await shell.expectNoCspViolation();
});

test.describe('a browser that prefers Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('opens in Arabic, right to left, on the first visit', async ({ page }) => {
    await page.goto('/about');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'حول التصنيفات الثلاثة' })).toBeVisible();
  });
});

test.describe('a browser that prefers Spanish', () => {
  test.use({ locale: 'es-MX' });

  test('opens in Spanish on the first visit, and the learner can switch to English', async ({ page }) => {
    const shell = new AppShell(page);
    await page.goto('/about');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Las tres etiquetas' })).toBeVisible();
    await shell.chooseLanguage('English');
    await expect(page.getByRole('heading', { level: 1, name: 'About the three labels' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'About the three labels' })).toBeVisible();
  });
});
