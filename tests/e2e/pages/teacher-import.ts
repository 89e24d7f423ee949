import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { throughTeacherLock } from './learner-page';

export interface QuizFile {
  name: string;
  text: string;
}

/** The teacher's import of quiz files, by its labels. */
export class TeacherImport {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/teacher');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Import quiz files' })).toBeVisible();
  }

  /** Imports quiz files; the first teacher action in a tab asks for the teacher PIN. */
  async importFiles(files: readonly QuizFile[]) {
    await this.page.getByLabel('Choose quiz files (.json)').setInputFiles(
      files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') })),
    );
    await throughTeacherLock(this.page, this.results);
  }

  get results() {
    return this.page.getByRole('list', { name: 'Import results' });
  }

  /** One alert per refused file, in the order the files were given. */
  get refusals() {
    return this.results.getByRole('alert');
  }
}
