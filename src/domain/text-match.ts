export interface Span {
  start: number;
  end: number;
}

/** The text with every run of whitespace made one space, and where each of its characters came from. */
interface LooseText {
  text: string;
  /** `origin[i]` is the index in the original text of character `i` of `text`. */
  origin: Int32Array;
}

/** The characters `\s` matches in a JavaScript regular expression. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function loosen(original: string): LooseText {
  const origin = new Int32Array(original.length);
  let length = 0;
  let inSpace = false;
  for (let index = 0; index < original.length; index++) {
    const space = isSpace(original.charCodeAt(index));
    if (space && inSpace) continue;
    inSpace = space;
    origin[length++] = index;
  }
  return { text: original.replace(/\s+/gu, ' '), origin: origin.subarray(0, length) };
}

/** The words of a statement joined by single spaces. */
function words(needle: string): string {
  return needle.trim().split(/\s+/u).filter(Boolean).join(' ');
}

/**
 * A matcher over one text that treats any run of whitespace as equal to any other: the text is
 * made loose once, then each search is one `indexOf`, so checking many statements against one
 * passage costs the passage's length once plus each statement's search.
 */
export function looseMatcher(haystack: string): (needle: string, from?: number) => Span | null {
  const loose = loosen(haystack);
  return (needle, from = 0) => {
    const wanted = words(needle);
    if (!wanted) return null;
    const looseFrom = firstAtOrAfter(loose.origin, from);
    const at = indexOfLinear(loose.text, wanted, looseFrom);
    if (at < 0) return null;
    const start = loose.origin[at] as number;
    const end = (loose.origin[at + wanted.length - 1] as number) + 1;
    return { start, end };
  };
}

/** Finds `needle` in `haystack` treating any run of whitespace as equal to any other; the span is in the original haystack. */
export function findLoosely(haystack: string, needle: string, from = 0): Span | null {
  return looseMatcher(haystack)(needle, from);
}

/**
 * `text.indexOf(pattern, from)` in time linear in both lengths (Knuth–Morris–Pratt). V8's own
 * indexOf slows to length × length on repetitive text, the case a quiz file can force.
 */
export function indexOfLinear(text: string, pattern: string, from = 0): number {
  const m = pattern.length;
  if (m === 0) return Math.min(from, text.length);
  const fallback = new Int32Array(m);
  for (let index = 1, k = 0; index < m; index++) {
    while (k > 0 && pattern.charCodeAt(index) !== pattern.charCodeAt(k)) k = fallback[k - 1] as number;
    if (pattern.charCodeAt(index) === pattern.charCodeAt(k)) k++;
    fallback[index] = k;
  }
  for (let index = from, k = 0; index < text.length; index++) {
    while (k > 0 && text.charCodeAt(index) !== pattern.charCodeAt(k)) k = fallback[k - 1] as number;
    if (text.charCodeAt(index) === pattern.charCodeAt(k)) k++;
    if (k === m) return index - m + 1;
  }
  return -1;
}

/** The first loose index whose original index is at least `from` (binary search: origins increase). */
function firstAtOrAfter(origin: Int32Array, from: number): number {
  let low = 0;
  let high = origin.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((origin[middle] as number) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface Segment {
  text: string;
  /** Index into the marks that cover this segment, or null for plain text. */
  mark: number | null;
}
/** Cuts text into plain and marked segments; overlapping or missing marks are skipped. */
export function segmentText(text: string, marks: readonly (Span | null)[]): Segment[] {
  const ordered = marks
    .map((span, index) => ({ span, index }))
    .filter((entry): entry is { span: Span; index: number } => entry.span !== null)
    .sort((a, b) => a.span.start - b.span.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const { span, index } of ordered) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), mark: null });
    segments.push({ text: text.slice(span.start, span.end), mark: index });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  return segments;
}
