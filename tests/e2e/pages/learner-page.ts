import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const TEACHER_PIN = '4821';

/** Learners on a shared device, their progress and results, and the teacher's class screen, by role and name. */
export class LearnerPage {
  constructor(readonly page: Page) {}

  get header() {
    return this.page.getByRole('banner');
  }

  async addLearner(name: string, picture = 'Owl') {
    await this.page.getByRole('textbox', { name: 'Your name' }).fill(name);
    await this.page.getByRole('radio', { name: picture }).check();
    await this.page.getByRole('button', { name: 'Start as this learner' }).click();
    await expect(this.header.getByText(`Learner: ${name}`)).toBeVisible();
  }

  async switchTo(name: string) {
    await this.header.getByRole('link', { name: 'Switch learner' }).click();
    await this.page.getByRole('button', { name: `I am ${name}` }).click();
    await expect(this.header.getByText(`Learner: ${name}`)).toBeVisible();
  }

  async switchToNew(name: string) {
    await this.header.getByRole('link', { name: 'Switch learner' }).click();
    await this.addLearner(name);
  }

  async openProgress() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My progress' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Progress of / })).toBeVisible();
  }

  async openClass() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Class' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Class results' })).toBeVisible();
    await this.unlockTeacher();
  }

  /** Sets the teacher PIN on first use, or enters it, on a guarded screen or in the dialog a guarded action opens. */
  async unlockTeacher(pin = TEACHER_PIN, within: Locator = this.page.locator('body')) {
    const setPin = within.getByRole('heading', { name: 'Set a teacher PIN', exact: true });
    const enterPin = within.getByRole('heading', { name: 'Teacher PIN', exact: true });
    await expect(setPin.or(enterPin)).toBeVisible();
    if (await setPin.isVisible()) {
      await within.getByLabel('New teacher PIN').fill(pin);
      await within.getByLabel('The same PIN again').fill(pin);
      await within.getByRole('button', { name: 'Save the PIN and go on' }).click();
    } else {
      await within.getByLabel('PIN', { exact: true }).fill(pin);
      await within.getByRole('button', { name: 'Unlock' }).click();
    }
    await expect(setPin.or(enterPin)).toHaveCount(0);
  }

  /** Shows the QR codes of the sets chosen by default (everything not yet shared); returns the first code. */
  async showQrCodes() {
    await this.page.getByRole('button', { name: 'Show the QR codes' }).click();
    return this.page.getByRole('img', { name: /^QR code 1 of \d+ with the results of / });
  }

  table(caption: string | RegExp) {
    return this.page.getByRole('table', { name: caption });
  }

  /** The cells of a table's body rows, as text. */
  async rows(caption: string | RegExp): Promise<string[][]> {
    const rows = this.table(caption).getByRole('row');
    const texts: string[][] = [];
    for (const row of await rows.all()) {
      texts.push((await row.getByRole('cell').or(row.getByRole('rowheader')).allTextContents()).map((text) => text.trim()));
    }
    return texts.filter((cells) => cells.length > 0);
  }

  async saveDownload(buttonName: string | RegExp, path: string) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: buttonName }).click()]);
    await download.saveAs(path);
    return download;
  }
}

/** After a teacher action: enters the PIN when it asks for it (not when this tab is already unlocked), then waits for `done`. */
export async function throughTeacherLock(page: Page, done: Locator) {
  const dialog = page.getByRole('dialog', { name: 'Teacher PIN needed' });
  await expect(done.or(dialog)).toBeVisible();
  if (await dialog.isVisible()) await new LearnerPage(page).unlockTeacher(TEACHER_PIN, dialog);
  await expect(done).toBeVisible();
}
