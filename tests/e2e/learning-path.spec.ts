import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const FIRST_RUN = {
  ar: { name: 'اسمك', create: 'ابدأ بهذا الاسم', path: 'مسارك', level: /^المستوى (\d)/, start: /^ابدأ من هنا: / },
  es: { name: 'Tu nombre', create: 'Empezar con este nombre', path: 'Tu recorrido', level: /^Nivel (\d)/, start: /^Empieza aquí: / },
  en: { name: 'Your name', create: 'Start as this learner', path: 'Your path', level: /^Level (\d)/, start: /^Start here: / },
} as const;

for (const [language, words] of Object.entries(FIRST_RUN)) {
  test.describe(`a fresh device in ${language}`, () => {
    test.use({ locale: language });

    test('finds a whole path of sets in its own language, level 1 to 5, and starts at level 1', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('textbox', { name: words.name }).fill('Noor');
      await page.getByRole('button', { name: words.create }).click();
      const path = page.getByRole('region', { name: words.path });
      await expect(path).toBeVisible();

      const levels = (await path.getByText(words.level).allTextContents()).map((text) => Number(words.level.exec(text)![1]));
      expect(new Set(levels)).toEqual(new Set(language === 'en' ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5]));
      expect(levels, 'in level order').toEqual([...levels].sort());
      const titles = path.getByRole('heading', { level: 3 });
      for (const lang of await titles.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')))) expect(lang).toBe(language);

      const axe = await new AxeBuilder({ page }).include('main').analyze();
      expect(axe.violations.map((violation) => violation.id)).toEqual([]);

      const first = await titles.first().textContent();
      await page.getByRole('link', { name: words.start }).click();
      await expect(page.getByRole('heading', { level: 1, name: first! })).toBeVisible();
    });
  });
}
