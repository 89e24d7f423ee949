import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export type LabelName = 'Fact' | 'Attributed claim' | 'Opinion';

/** The student's path through the app, by role and name. */
export class QuizPage {
  constructor(readonly page: Page) {}

  /** Opens the sets; on a device without learners, first adds one (the start screen asks for a name). */
  async openHome(learner = 'Noor') {
    await this.page.goto('/');
    const home = this.page.getByRole('heading', { level: 1, name: 'Practice sets' });
    const firstRun = this.page.getByRole('heading', { level: 1, name: 'Welcome! What is your name?' });
    await expect(home.or(firstRun)).toBeVisible();
    if (await firstRun.isVisible()) {
      await this.page.getByRole('textbox', { name: 'Your name' }).fill(learner);
      await this.page.getByRole('button', { name: 'Start as this learner' }).click();
    }
    await expect(home).toBeVisible();
  }

  async openSet(title: string | RegExp) {
    await this.page.getByRole('link', { name: title }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async start(mode: 'Practice' | 'Test' = 'Practice') {
    await this.page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
    await this.page.getByRole('button', { name: /^(Start|Start over)$/ }).click();
    await expect(this.counter).toBeVisible();
  }

  get counter() {
    return this.page.getByRole('heading', { level: 1, name: /^Statement \d+ of \d+$/ });
  }

  async position(): Promise<{ current: number; total: number }> {
    const text = (await this.counter.textContent()) ?? '';
    const [, current, total] = /Statement (\d+) of (\d+)/.exec(text) ?? [];
    return { current: Number(current), total: Number(total) };
  }

  answerButton(label: LabelName) {
    return this.page.getByRole('button', { name: new RegExp(`^${label}`) });
  }

  get status() {
    return this.page.getByRole('status');
  }

  async answer(label: LabelName) {
    await this.answerButton(label).click();
  }

  /** Test mode: choose a label (it can still change), then Next takes it. */
  async answerInTest(label: LabelName) {
    await this.answerButton(label).click();
    await expect(this.answerButton(label)).toHaveAttribute('aria-pressed', 'true');
    await this.next();
  }

  async next() {
    await this.page.getByRole('button', { name: /^(Next|See results)$/ }).click();
  }

  markedStatement() {
    return this.page.locator('mark.statement');
  }
}
