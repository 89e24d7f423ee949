import { describe, expect, it } from 'vitest';
import { formatBytes, formatDay, formatShare } from '../../src/common/format-number';

describe('storage figures are written in the reader’s language', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1_400_000, 'en')).toBe('1.4 MB');
    expect(formatBytes(250_000_000, 'en')).toBe('250 MB');
    expect(formatBytes(12_000_000_000, 'en')).toBe('12 GB');
  });

  it('uses the language’s decimal mark', () => {
    expect(formatBytes(1_400_000, 'es')).toBe('1,4 MB');
    expect(formatBytes(1_400_000, 'ar')).toMatch(/^(1[.٫]4|١٫٤) (م.ب|ميغابايت)$/);
  });

  it('shows small shares with enough digits to be more than zero', () => {
    expect(formatShare(1, 4, 'en')).toBe('25%');
    expect(formatShare(3, 10_000, 'en')).toBe('0.03%');
    expect(formatShare(1, 3, 'en')).toBe('33%');
    expect(formatShare(1, 3, 'es')).toMatch(/^33\s?%$/);
  });

  it('writes a day of the progress chart in the language', () => {
    expect(formatDay('2026-03-02', 'en')).toBe('Mar 2, 2026');
    expect(formatDay('2026-03-02', 'es')).toBe('2 mar 2026');
    expect(formatDay('2026-12-31', 'en')).toBe('Dec 31, 2026');
  });
});
