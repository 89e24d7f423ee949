import { describe, expect, test } from 'vitest';
import { Dexie } from 'dexie';
import { classifyStorageError } from '../../src/common/storage-error';
import en from '../../src/i18n/locales/en/app.json';

describe('storage messages', () => {
  test('a write that fails with no reason (Chromium on a full disk) says the disk may be full', () => {
    const noName = new Dexie.AbortError('Transaction aborted', new DOMException('', 'UnknownError'));
    expect(classifyStorageError(noName)).toBe('mayBeFull');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted'))).toBe('mayBeFull');
    expect(en.storage.mayBeFull).toMatch(/disk may be full/);
  });

  test('a named cause keeps its own message', () => {
    expect(classifyStorageError(new Dexie.AbortError('aborted', new DOMException('', 'QuotaExceededError')))).toBe('full');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('unavailable');
    expect(classifyStorageError(new Error('other'))).toBe('unknown');
  });
});
