export interface Language {
  code: string;
  /** The language's own name for itself. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'es', name: 'Español', dir: 'ltr' },
];

export const FALLBACK_LANGUAGE = 'en';

export function languageFor(code: string): Language {
  const base = code.split('-')[0]?.toLowerCase();
  return LANGUAGES.find((language) => language.code === base) ?? (LANGUAGES[0] as Language);
}

/** The first of the browser's languages that the app speaks. */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.split('-')[0]?.toLowerCase();
    const match = LANGUAGES.find((language) => language.code === base);
    if (match) return match.code;
  }
  return FALLBACK_LANGUAGE;
}

/** The writing direction of text in `code`: known for the app's languages, left to the browser for others. */
export function directionOf(code: string): 'ltr' | 'rtl' | 'auto' {
  const base = code.split('-')[0]?.toLowerCase();
  return LANGUAGES.find((language) => language.code === base)?.dir ?? 'auto';
}

/** The name of language `code` in language `inLanguage` ("Arabic", "árabe", "العربية"). */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
