export interface FoldedText {
  text: string;
  /** For each character of `text`, its index in the original. */
  origin: number[];
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/u;
const DROPPED = /[\p{M}\u0640\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * A copy for matching word lists: lower case, without accents, Arabic harakat (hamza kept), tatweel or direction
 * marks, so "según" matches "segun" and "يُعتقد" matches "يعتقد"; `origin` maps matches back.
 */
export function foldText(original: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    // Arabic letters keep their hamza (أ, ؤ, ئ), which NFD would split off as a mark.
    const decomposed = ARABIC_LETTER.test(char) ? char : char.normalize('NFD').toLowerCase();
    for (const part of decomposed) {
      if (DROPPED.test(part)) continue;
      text += part;
      for (let i = 0; i < part.length; i += 1) origin.push(index);
    }
    index += char.length;
  }
  return { text, origin };
}

/** The original span of the folded span [start, end), with any marks that follow its last letter. */
export function unfoldSpan(folded: FoldedText, original: string, start: number, end: number): { start: number; end: number } {
  const from = folded.origin[start] ?? original.length;
  const last = folded.origin[end - 1];
  if (last === undefined) return { start: from, end: from };
  let to = last + ((original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  while (to < original.length && /[\p{M}\u0640]/u.test(original[to] ?? '')) to += 1;
  return { start: from, end: to };
}
