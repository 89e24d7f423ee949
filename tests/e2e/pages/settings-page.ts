import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }

  get version() {
    return this.page.getByText(/^Version \S+$/);
  }

  languageRadio(name: string) {
    return this.page.getByRole('radio', { name });
  }

  get persistence() {
    return this.page.getByText(/^(Storage is persistent|Storage is not persistent|This browser cannot promise)/);
  }

  get usage() {
    return this.page.getByText(/ used( of .* available \(.*\))?$/);
  }
}
