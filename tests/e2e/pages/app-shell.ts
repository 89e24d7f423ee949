import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** What every screen has: the header's language switch and navigation, the service worker, the update prompt. */
export class AppShell {
  readonly csp: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) this.csp.push(message.text());
    });
  }

  /** The header's language select, found by its name in any of the app's languages. */
  get languageSelect() {
    return this.page.getByRole('banner').getByRole('combobox', { name: /^(Language|اللغة|Idioma)$/ });
  }

  async chooseLanguage(name: 'English' | 'العربية' | 'Español') {
    await this.languageSelect.selectOption({ label: name });
  }

  nav(name: string | RegExp) {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  get updatePrompt() {
    return this.page.getByText(/^A new version is ready/);
  }

  get reloadButton() {
    return this.page.getByRole('button', { name: 'reload' });
  }

  /** The service worker has installed, precached everything and controls this page. */
  async waitForServiceWorker() {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  async cachedPaths(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
      }
      return paths;
    });
  }

  async expectNoCspViolation() {
    expect(this.csp, 'Content-Security-Policy violations').toEqual([]);
  }
}
