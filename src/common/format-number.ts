const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count in the language's own number format, e.g. "1.4 MB" or "١٫٤ ميغابايت". */
export function formatBytes(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** A share as a percentage in the language's own digits; a share under 1 % keeps two decimals so it does not read as 0 %. */
export function formatShare(part: number, whole: number, language: string): string {
  return formatFraction(part / whole, language);
}

// Building an Intl formatter costs far more than using one, and My progress writes a share in every row: one per kind.
const percentFormats = new Map<string, Intl.NumberFormat>();

export function formatFraction(fraction: number, language: string): string {
  const digits = fraction < 0.01 ? 2 : 0;
  const key = `${language}\u0000${digits}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits });
    percentFormats.set(key, format);
  }
  return format.format(fraction);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day ("2026-03-02") as the language writes it, e.g. "Mar 2, 2026". */
export function formatDay(day: string, language: string): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    dayFormats.set(language, format);
  }
  return format.format(new Date(`${day}T12:00:00`));
}
