export interface Span {
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds `needle` in `haystack` treating any run of whitespace as equal to any other,
 * and returns the span in the original haystack.
 */
export function findLoosely(haystack: string, needle: string, from = 0): Span | null {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escape).join('\\s+'), 'u');
  const match = pattern.exec(haystack.slice(from));
  if (!match) return null;
  const start = from + match.index;
  return { start, end: start + match[0].length };
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
