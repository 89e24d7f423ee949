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

export function formatFraction(fraction: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: fraction < 0.01 ? 2 : 0 }).format(fraction);
}
