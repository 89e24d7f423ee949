import type { FormatterModule } from 'i18next';

/** Every number and date interpolated into a string is written the way the current language writes it. */
export const intlFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value, format, language) {
    if (typeof value === 'number' && (!format || format === 'number')) return new Intl.NumberFormat(language).format(value);
    if (value instanceof Date && (!format || format === 'datetime')) return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(value);
    return value;
  },
};
