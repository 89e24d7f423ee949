/** Larger files are refused unread: no quiz set or article comes near this size. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type TextFileResult = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'notText' | 'unreadable' };

/** Reads a file the teacher chose as text, refusing what is too large or clearly not text. */
export async function readTextFile(file: File): Promise<TextFileResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  if (/^(image|audio|video)\//.test(file.type)) return { ok: false, reason: 'notText' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  // A NUL character or many replacement characters mean binary data, not text.
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (text.includes('\u0000') || replacements > 8) return { ok: false, reason: 'notText' };
  return { ok: true, text };
}
