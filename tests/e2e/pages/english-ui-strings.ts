import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const EN = new URL('../../../src/i18n/locales/en/', import.meta.url);

function strings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(strings);
  return [];
}

/** The English interface's words: every English locale string, cut at its interpolations. */
export function englishUiFragments(): string[] {
  const fragments = new Set<string>();
  for (const file of readdirSync(EN).filter((name) => name.endsWith('.json'))) {
    for (const text of strings(JSON.parse(readFileSync(new URL(file, EN), 'utf8')))) {
      for (const piece of text.split(/{{[^}]*}}/)) {
        const fragment = piece.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
        if (/[A-Za-z].*[A-Za-z]/.test(fragment)) fragments.add(fragment);
      }
    }
  }
  return [...fragments];
}

/** Text a user sees or hears on the page, leaving out everything marked as being in another language. */
export async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const foreign = (element: Element | null) => {
      const marked = element?.closest('[lang]');
      return !!marked && marked !== document.documentElement && marked.getAttribute('lang') !== pageLanguage;
    };
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || foreign(parent) || !parent.checkVisibility()) continue;
      if (parent.closest('script, style, noscript')) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (foreign(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** English interface strings left on the page: each as "fragment" in "the text it was found in". */
export async function englishLeftOn(page: Page): Promise<string[]> {
  const fragments = englishUiFragments();
  const found: string[] = [];
  for (const text of await interfaceText(page)) {
    for (const fragment of fragments) {
      const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`).test(text)) found.push(`"${fragment}" in "${text}"`);
    }
  }
  return found;
}
