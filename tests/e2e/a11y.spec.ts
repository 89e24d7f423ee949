import type { Page } from '@playwright/test';
import { parseRoute, ROUTES } from '../../src/common/router';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { AppShell } from './pages/app-shell';
import { StoredData } from './pages/stored-data';
import { axeViolations, hasVisibleFocus, sidewaysScroll, tabTo } from './pages/a11y-checks';
import { smallQuiz } from '../fixtures/small-quiz';
import { OPENING } from './seed';

const quiz = smallQuiz();

interface Screen {
  name: string;
  path: string;
}

const heading = (page: Page, what = 'the screen') => expect(page.getByRole('heading', { level: 1 }).first(), `${what} shows its heading`).toBeVisible();

/**
 * Adds a learner and the small set, then, in English, leaves a finished test, a practice session in its
 * feedback and another at a question; returns every screen by URL, so any language can visit them.
 */
async function prepareScreens(page: Page): Promise<Screen[]> {
  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  await new StoredData(page).put('quizSets', [{ id: quiz.id, quiz, createdAt: 1, updatedAt: 1 }]);

  await page.goto(`/sets/${quiz.id}`);
  await quizPage.start('Test');
  for (let index = 0; index < quiz.items.length; index++) {
    await expect(quizPage.counter).toHaveText(`Statement ${index + 1} of ${quiz.items.length}`);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/\/summary\//);
  const summary = new URL(page.url()).pathname;

  await page.goto(`/sets/${quiz.id}`);
  await quizPage.start('Practice');
  await page.keyboard.press('3');
  await expect(quizPage.status).not.toBeEmpty();
  const feedback = new URL(page.url()).pathname;

  await page.goto(`/sets/${OPENING}`);
  await quizPage.start('Practice');
  const question = new URL(page.url()).pathname;

  return [
    { name: 'play: question', path: question },
    { name: 'play: feedback', path: feedback },
    { name: 'summary', path: summary },
    ...STATIC_SCREENS,
  ];
}

/** Screens reached by a fixed address; play and summary are added with the attempts made for them. */
const STATIC_SCREENS: Screen[] = [
  { name: 'home', path: '/' },
  { name: 'set start', path: `/sets/${quiz.id}` },
  { name: 'about', path: '/about' },
  { name: 'settings', path: '/settings' },
  { name: 'learners', path: '/learners' },
  { name: 'manage learners', path: '/learners/manage' },
  { name: 'progress', path: '/progress' },
  { name: 'check-up report', path: '/check-up' },
  { name: 'class', path: '/class' },
  { name: 'teacher library', path: '/teacher' },
  { name: 'teacher editor', path: `/teacher/sets/${quiz.id}/edit` },
  { name: 'teacher preview', path: `/teacher/sets/${quiz.id}/preview` },
  { name: 'teacher worksheet', path: `/teacher/sets/${quiz.id}/worksheet` },
  { name: 'page not found', path: '/no-such-page' },
];

async function open(page: Page, screen: Screen): Promise<void> {
  await page.goto(screen.path);
  await heading(page, `${screen.name} (${screen.path})`);
}

test('the accessibility checks visit every screen the router knows', () => {
  const declared = new Set(Object.keys(ROUTES));
  const visited = new Set([...STATIC_SCREENS.map((screen) => screen.path), '/play/an-attempt', '/summary/an-attempt'].map((path) => parseRoute(path).screen));
  expect([...declared].filter((screen) => !visited.has(screen as never)), 'screens left out of tests/e2e/a11y.spec.ts').toEqual([]);
});

test('the first-run screen has no WCAG 2.1 A/AA violations', async ({ page }) => {
  await page.goto('/');
  await heading(page);
  expect(await axeViolations(page)).toEqual([]);
});

const LANGUAGES = [
  { name: 'English', lang: 'en', dir: 'ltr' },
  { name: 'العربية', lang: 'ar', dir: 'rtl' },
  { name: 'Español', lang: 'es', dir: 'ltr' },
] as const;

for (const language of LANGUAGES) {
  test(`every screen has no WCAG 2.1 A/AA violations in ${language.name}`, async ({ page }) => {
    test.setTimeout(900_000);
    const screens = await prepareScreens(page);
    await new AppShell(page).chooseLanguage(language.name);
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
    const found: Record<string, string[]> = {};
    for (const screen of screens) {
      await open(page, screen);
      const violations = await axeViolations(page);
      if (violations.length) found[screen.name] = violations;
    }
    expect(found).toEqual({});
  });
}

for (const { width, height, label } of [
  { width: 320, height: 640, label: '320 CSS px wide' },
  { width: 640, height: 360, label: '200 % zoom of a 1280×720 window' },
]) {
  test(`no screen scrolls sideways at ${label}; wide data tables scroll in their own region (WCAG 1.4.10)`, async ({ page }) => {
    test.setTimeout(900_000);
    await page.setViewportSize({ width, height });
    const screens = await prepareScreens(page);
    const overflowing: Record<string, string[]> = {};
    for (const screen of screens) {
      await open(page, screen);
      const scroll = await sidewaysScroll(page);
      if (scroll.causes.length) overflowing[screen.name] = scroll.causes;
      if (scroll.tables.length) test.info().annotations.push({ type: 'wide data table', description: `${screen.name}: ${scroll.tables.join(', ')} (${scroll.pixels}px)` });
    }
    expect(overflowing, 'what makes each screen scroll sideways').toEqual({});
  });
}

test('on every screen, each control reached with Tab shows where the focus is', async ({ page }) => {
  test.setTimeout(900_000);
  const screens = await prepareScreens(page);
  const unseen: Record<string, string[]> = {};
  for (const screen of screens) {
    await open(page, screen);
    const seen = new Set<string>();
    for (let press = 0; press < 40; press++) {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      if ((await focused.count()) === 0) continue;
      const name = await focused.evaluate((element) => `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`);
      if (seen.has(name)) break;
      seen.add(name);
      if (!(await hasVisibleFocus(focused))) (unseen[screen.name] ??= []).push(name);
    }
  }
  expect(unseen, 'focused controls with no visible focus indicator').toEqual({});
});

test('a whole set can be played with the keyboard alone, with focus always visible', async ({ page }) => {
  await new QuizPage(page).openHome();
  await new StoredData(page).put('quizSets', [{ id: quiz.id, quiz, createdAt: 1, updatedAt: 1 }]);
  await page.goto('/');
  await heading(page);

  const setLink = page.getByRole('link', { name: quiz.title }).first();
  await tabTo(page, setLink);
  expect(await hasVisibleFocus(setLink)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();

  const practice = page.getByRole('radio', { name: /^Practice/ });
  await tabTo(page, practice);
  await page.keyboard.press('Space');
  await expect(practice).toBeChecked();
  const start = page.getByRole('button', { name: /^(Start|Start over)$/ });
  await tabTo(page, start);
  expect(await hasVisibleFocus(start)).toBe(true);
  await page.keyboard.press('Enter');

  const quizPage = new QuizPage(page);
  const names = { fact: 'Fact', claim: 'Attributed claim', opinion: 'Opinion' } as const;
  for (let index = 0; index < quiz.items.length; index++) {
    await expect(quizPage.counter).toHaveText(`Statement ${index + 1} of ${quiz.items.length}`);
    const button = quizPage.answerButton(names[quiz.items[index]!.label]);
    await tabTo(page, button);
    expect(await hasVisibleFocus(button), `focus on ${names[quiz.items[index]!.label]}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(quizPage.status).toHaveText(/^(Correct|Accepted)/);
    const next = page.getByRole('button', { name: /^(Next|See results)$/ });
    await expect(next).toBeFocused();
    expect(await hasVisibleFocus(next)).toBe(true);
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/\/summary\//);
  await expect(page.getByText(`${quiz.items.length} of ${quiz.items.length} right`, { exact: true })).toBeVisible();
});
