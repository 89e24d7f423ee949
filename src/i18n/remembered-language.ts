import type { i18n } from 'i18next';
import { pickLanguage } from './languages';

const KEY = 'fco.language';

/** The device remembers the learner's choice; the first choice comes from the browser's languages. */
export function initialLanguage(): string {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored) return pickLanguage([stored]);
  } catch {
    // Storage can be blocked; fall back to the browser's languages.
  }
  return pickLanguage(navigator.languages ?? [navigator.language]);
}

export function rememberLanguage(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Not remembering is acceptable; the switch still applies now.
  }
}

/** Switches the interface to the language and remembers it on the device. */
export function switchLanguage(i18next: i18n, code: string): void {
  rememberLanguage(code);
  void i18next.changeLanguage(code);
}
