import { decodeUtf8 } from '../../domain/utf8';

/** Larger files are refused unread: no quiz set or article comes near this size. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type TextFileResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'tooLarge' | 'notText' | 'unreadable' }
  | { ok: false; reason: 'notUtf8'; line: number; column: number };

/** Reads a file the teacher chose as UTF-8 text, refusing what is too large, not text, or not valid UTF-8. */
export async function readTextFile(file: File): Promise<TextFileResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  if (/^(image|audio|video)\//.test(file.type)) return { ok: false, reason: 'notText' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  // A NUL byte means binary data, not text.
  if (bytes.includes(0)) return { ok: false, reason: 'notText' };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, reason: 'notUtf8', line: decoded.line, column: decoded.column };
  return { ok: true, text: decoded.text };
}
