import { throughTeacherLock } from './learner-page';
import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export type LabelName = 'Fact' | 'Attributed claim' | 'Opinion';

export interface SetDetails {
  title: string;
  description: string;
  sourceTitle: string;
  publisher: string;
  date: string;
  licence: string;
  licenceUrl: string;
}

/** The teacher's path through the app, by role and name. */
export class TeacherPage {
  constructor(readonly page: Page) {}

  async openLibrary() {
    await this.page.goto('/');
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teacher' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: "Teacher's sets" })).toBeVisible();
  }

  /** Starts a set; the first teacher action in a tab asks for the teacher PIN (set on first use). */
  async newSet() {
    await this.page.getByRole('button', { name: 'New set from an article' }).click();
    await throughTeacherLock(this.page, this.page.getByRole('heading', { level: 1, name: 'Editing: Untitled set' }));
  }

  async describeSet(details: SetDetails) {
    const fields: [string, string][] = [
      ['Title', details.title],
      ['Description', details.description],
      ['Article title', details.sourceTitle],
      ['Publisher', details.publisher],
      ['Date', details.date],
      ['Licence', details.licence],
      ['Link to the licence', details.licenceUrl],
    ];
    for (const [label, value] of fields) await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  async pasteArticle(text: string) {
    await this.page.getByLabel('Article text').fill(text);
  }

  async makeStatementFromSentence(number: number) {
    await this.page.getByRole('button', { name: `Make a statement from sentence ${number}` }).click();
  }

  statement(number: number): Locator {
    return this.page.getByRole('article', { name: `Statement ${number}`, exact: true });
  }

  async label(number: number, label: LabelName) {
    await this.statement(number).getByRole('group', { name: `Label of statement ${number}` }).getByRole('radio', { name: label }).check();
  }

  async explain(number: number, text: string) {
    await this.statement(number).getByLabel(`Explanation of statement ${number}`).fill(text);
  }

  get checkSummary(): Locator {
    return this.page.getByRole('region', { name: 'Check' });
  }

  async waitUntilSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: /^(All changes saved|Saving…|Not saved)$/ })).toHaveText('All changes saved');
  }

  async backToLibrary() {
    await this.page.getByRole('link', { name: "Back to the teacher's sets" }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: "Teacher's sets" })).toBeVisible();
  }

  ownSet(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true });
  }

  async download(title: string, button: 'Export as quiz file (JSON)' | 'Export for Moodle (GIFT)'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.ownSet(title).getByRole('button', { name: button }).click()]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }

  async deleteSet(title: string) {
    await this.ownSet(title).getByRole('button', { name: 'Delete' }).click();
    await this.page.getByRole('button', { name: 'Yes, delete' }).click();
    await throughTeacherLock(this.page, this.page.getByText(`“${title}” was deleted.`));
  }

  /** Imports quiz files; the first teacher action in a tab asks for the teacher PIN. */
  async importFiles(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    await this.page.getByLabel('Choose quiz files (.json)').setInputFiles(files);
    await throughTeacherLock(this.page, this.page.getByRole('list', { name: 'Import results' }));
  }
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
