import type { FormatterModule } from 'i18next';

// Building an Intl formatter costs far more than using one, and a screen interpolates many numbers: one per language.
const numberFormats = new Map<string | undefined, Intl.NumberFormat>();
const dateFormats = new Map<string | undefined, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string | undefined, T>, language: string | undefined, build: () => T): T {
  let format = cache.get(language);
  if (!format) {
    format = build();
    cache.set(language, format);
  }
  return format;
}

const numberFormat = (language: string | undefined) => cached(numberFormats, language, () => new Intl.NumberFormat(language));

/** Builds the language's number format ahead, while the first screen's reads are awaited, instead of inside its first render. */
export function prepareNumberFormat(language: string): void {
  numberFormat(language);
}

/** Every number and date interpolated into a string is written the way the current language writes it. */
export const intlFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value, format, language) {
    if (typeof value === 'number' && (!format || format === 'number')) return numberFormat(language).format(value);
    if (value instanceof Date && (!format || format === 'datetime')) {
      return cached(dateFormats, language, () => new Intl.DateTimeFormat(language, { dateStyle: 'long' })).format(value);
    }
    return value;
  },
};
