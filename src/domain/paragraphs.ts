import type { Span } from './text-match';

/** The paragraphs of a text, as spans into it: a blank line (two line breaks, spaces between allowed) ends one. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const breaks = /\n[^\S\n]*\n\s*/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length || spans.length === 0) spans.push({ start, end: text.length });
  return spans;
}
