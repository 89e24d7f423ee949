import { expect, test } from 'vitest';
import { decodeUtf8 } from '../../src/domain/utf8';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

test('valid UTF-8 decodes, a byte-order mark is dropped', () => {
  expect(decodeUtf8(bytes('Año: ١٩٣٢ — “ok”'))).toEqual({ ok: true, text: 'Año: ١٩٣٢ — “ok”' });
  expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'x'))).toEqual({ ok: true, text: 'x' });
});

test('invalid bytes are refused with the line and column of the first one, never kept as U+FFFD', () => {
  // Latin-1 "é" (0xE9) on line 3, after "Caf".
  expect(decodeUtf8(bytes('{\n  "a": 1,\n  "title": "Caf', [0xe9], '"\n}'))).toEqual({ ok: false, line: 3, column: 16 });
  // A lone continuation byte after a valid two-byte character.
  expect(decodeUtf8(bytes('é', [0xa9], 'x'))).toEqual({ ok: false, line: 1, column: 2 });
  // A sequence cut short by an ASCII byte, after Arabic text.
  expect(decodeUtf8(bytes('\nعربي', [0xd8], 'b'))).toEqual({ ok: false, line: 2, column: 5 });
  // A sequence cut short at the very end of the file.
  expect(decodeUtf8(bytes('abc', [0xe2, 0x80]))).toEqual({ ok: false, line: 1, column: 4 });
});
