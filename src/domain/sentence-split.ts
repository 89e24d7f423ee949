export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that are always followed by more of the same sentence (titles, "e.g.", "vs."). Case-sensitive. */
const NEVER_FINAL = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Cpl', 'Maj',
  'Adm', 'Cmdr', 'Rev', 'Hon', 'Fr', 'Mt', 'Ft', 'Messrs', 'e.g', 'i.e', 'E.g', 'I.e', 'vs', 'v', 'cf', 'viz', 'approx',
  // Spanish titles: "Sra. Ruiz", "Dra. Martínez", "Excmo. Ayuntamiento".
  'Sra', 'Srta', 'Sres', 'Sras', 'Dra', 'Dras', 'Dres', 'Dña', 'Lic', 'Ing', 'Arq', 'Excmo', 'Excma', 'Ilmo', 'Ilma', 'Ud', 'Uds', 'Vd', 'Vds', 'Sto', 'Sta',
]);

/** Abbreviations that may also end a sentence ("…based in the U.S. The next day…"). Case-sensitive. */
const MAYBE_FINAL = new Set([
  'Jr', 'Sr', 'St', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Ave', 'Blvd', 'Rd', 'al', 'No', 'Nos', 'Vol',
  'Fig', 'Dept', 'Univ', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Avda', 'Pza', 'Cía', 'Hnos', 'etc',
]);

/** Abbreviations that precede a number ("No. 5", "Jan. 6", "p. 12"), compared in lower case. */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'vol', 'fig', 'p', 'pp', 'art', 'sec', 'ch', 'op', 'ca', 'núm', 'nº', 'pág', 'págs', 'cap', 'avda', 'tel',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * After an abbreviation that may end a sentence, a new sentence is assumed only when the next
 * word is one that typically opens a sentence; a name or noun ("U.S. Presidents") continues it.
 */
const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'it', 'its', 'it’s', "it's", 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that',
  'these', 'those', 'there', 'their', 'his', 'her', 'our', 'my', 'but', 'and', 'or', 'so', 'yet', 'in',
  'on', 'at', 'after', 'before', 'when', 'while', 'however', 'meanwhile', 'then', 'now', 'as', 'if',
  'although', 'though', 'since', 'for', 'last', 'some', 'many', 'most', 'no', 'not', 'one', 'what', 'why',
  'how', 'who', 'where', 'also', 'still', 'instead', 'today', 'yesterday', 'later', 'earlier', 'by',
  'with', 'from', 'during', 'under', 'according', 'officials', 'critics', 'both', 'all', 'each',
  // Spanish
  'el', 'la', 'los', 'las', 'un', 'una', 'en', 'pero', 'y', 'sin', 'además', 'según', 'este', 'esta', 'estos', 'estas',
  'hoy', 'ayer', 'por', 'para', 'con', 'cuando', 'si', 'ya', 'también', 'luego', 'después', 'antes', 'al', 'del', 'allí',
  'su', 'sus', 'nadie', 'todo', 'todos', 'muchos', 'algunos', 'desde', 'durante', 'tras', 'mientras', 'aunque', 'así',
]);

const SPEECH_VERBS =
  /^(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|cried|insisted|insists|argued|argues|explained|explains|noted|notes|warned|warns|recalled|recalls|[وف]?(?:قال|قالت|سأل|سألت|تساءل|تساءلت|أضاف|أضافت|صرخ|صرخت|أجاب|أجابت|ردّ|رد|ردت))(?![\p{L}\p{M}])/u;

/** Direction marks (LRM, RLM, ALM) that Arabic text often carries around its punctuation. */
const DIRECTION_MARKS = '\u200e\u200f\u061c';
/** Full stops, question and exclamation marks, ellipses, and the Arabic question mark and full stop. */
const TERMINATOR = new RegExp(`([.?!…\u061f\u06d4]+)(["'”’»)\\]${DIRECTION_MARKS}]*)(?=[\\s${DIRECTION_MARKS}]|$)`, 'gu');
const LEADING_SPACE = new RegExp(`^[\\s${DIRECTION_MARKS}]+`, 'u');
const TRAILING_SPACE = new RegExp(`[\\s${DIRECTION_MARKS}]+$`, 'u');
const MARKS = new RegExp(`[${DIRECTION_MARKS}]`, 'gu');
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;
const OPENING_PUNCTUATION = /^["'“‘«(\[¿¡\u200e\u200f\u061c]+/u;
/** "EE. UU.", "FF. AA.": Spanish plurals abbreviated by doubling the letter. */
const DOUBLED_LETTER = /^(\p{Lu})\1$/u;
const DOTTED_ACRONYM = /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u;
const INITIAL = /^\p{Lu}$/u;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  for (const lineBreak of text.matchAll(LINE_BREAK)) {
    splitLine(text, lineStart, lineBreak.index, spans);
    lineStart = lineBreak.index + lineBreak[0].length;
  }
  splitLine(text, lineStart, text.length, spans);
  return spans;
}

function splitLine(text: string, from: number, to: number, spans: SentenceSpan[]): void {
  const line = text.slice(from, to);
  let sentenceStart = 0;
  for (const match of line.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    const before = wordBefore(line, match.index);
    const after = line.slice(end).replace(LEADING_SPACE, '');
    const head = line.slice(0, match.index);
    if (endsSentence(before, match[1] ?? '', (match[2] ?? '').replace(MARKS, '') !== '', after, head)) {
      pushSpan(text, from + sentenceStart, from + end, spans);
      sentenceStart = end;
    }
  }
  pushSpan(text, from + sentenceStart, to, spans);
}

function pushSpan(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  const raw = text.slice(start, end);
  const trimmedStart = start + (raw.length - raw.replace(LEADING_SPACE, '').length);
  const trimmedEnd = end - (raw.length - raw.replace(TRAILING_SPACE, '').length);
  if (trimmedEnd > trimmedStart) spans.push({ text: text.slice(trimmedStart, trimmedEnd), start: trimmedStart, end: trimmedEnd });
}

function wordBefore(line: string, at: number): string {
  const head = line.slice(0, at);
  const word = head.slice(head.search(/\S*$/u));
  return word.replace(OPENING_PUNCTUATION, '');
}

function endsSentence(before: string, terminator: string, quoted: boolean, after: string, head: string): boolean {
  if (after === '') return true;
  const next = after.slice(0, after.search(/\s|$/u)).replace(OPENING_PUNCTUATION, '');
  if (/^\p{Ll}/u.test(next)) return false;
  if (/[?!\u061f]/u.test(terminator)) return !(quoted && speechFollows(after));
  if (terminator !== '.') return true;

  if (NEVER_FINAL.has(before)) return false;
  if (/^\d/u.test(next) && BEFORE_NUMBER.has(before.toLowerCase())) return false;
  if (DOUBLED_LETTER.test(before) && DOUBLED_LETTER.test(next.replace(/\.$/u, ''))) return false;
  // "a. m." and "p. m." (Spanish times) may end a sentence, like "a.m.".
  const spanishTime = /(?:^|\s)[ap]\.\s?m$/u.test(head);
  const abbreviation = MAYBE_FINAL.has(before) || DOTTED_ACRONYM.test(before) || INITIAL.test(before) || DOUBLED_LETTER.test(before) || spanishTime;
  if (!abbreviation || quoted) return true;
  if (/^\d/u.test(next)) return false;
  if (/^["“‘«(\[]/u.test(after)) return true;
  // "J. A. Smith": a one-letter word after an initial is another initial.
  if (INITIAL.test(before) && next.length === 1) return false;
  const opener = SENTENCE_OPENERS.has(next.replace(/[,;:]$/u, '').toLowerCase());
  return opener;
}

/** `"Why now?" Smith asked.` — a speech verb within the next few words keeps the quote in the sentence. */
function speechFollows(after: string): boolean {
  const words = after.split(/\s+/u).slice(0, 4);
  for (const word of words) {
    if (SPEECH_VERBS.test(word.toLowerCase())) return true;
    if (/[.,;:?!]$/u.test(word)) return false;
  }
  return false;
}
