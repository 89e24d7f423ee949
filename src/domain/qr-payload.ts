import { deflateSync, inflateSync } from 'fflate';
import { LABELS } from './quiz-schema';
import { fromBase45, toBase45 } from './base45';
import type { SessionMode } from './session-mode';
import { checkResultsText, resultsProblem, RESULTS_FORMAT, RESULTS_VERSION, type ResultAnswer, type ResultsCheck, type ResultsFile, type ResultsProblem } from './results-format';

/**
 * Marks a QR code as part of a series of one learner's results, in this app's compact form. FCO3 codes may carry
 * check-up answers, so an app too old to keep them apart refuses them; FCO2 codes (practice and test only) still read.
 */
export const QR_PREFIX = 'FCO3:';
const READ_PREFIXES = ['FCO2:', QR_PREFIX];
const FORMAT_RAW = 0;
const FORMAT_DEFLATED = 1;
/** Bytes of compressed results per code: with Base45 and error correction M, each code stays at version 13 (69×69 modules) or smaller. */
export const QR_CHUNK_BYTES = 280;

class Writer {
  private bytes: number[] = [];
  uint(value: number) {
    let rest = Math.max(0, Math.floor(value));
    while (rest >= 128) {
      this.bytes.push((rest % 128) + 128);
      rest = Math.floor(rest / 128);
    }
    this.bytes.push(rest);
  }
  text(value: string) {
    const encoded = new TextEncoder().encode(value);
    this.uint(encoded.length);
    for (const byte of encoded) this.bytes.push(byte);
  }
  byte(value: number) {
    this.bytes.push(value & 0xff);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++];
      if (byte === undefined || scale > 2 ** 56) throw new Error('cut short');
      value += (byte % 128) * scale;
      if (byte < 128) return value;
      scale *= 128;
    }
  }
  byte(): number {
    const byte = this.bytes[this.at++];
    if (byte === undefined) throw new Error('cut short');
    return byte;
  }
  text(): string {
    const length = this.uint();
    if (this.at + length > this.bytes.length) throw new Error('cut short');
    const value = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return value;
  }
  get finished(): boolean {
    return this.at === this.bytes.length;
  }
}

/** Two FNV-1a hashes side by side: an id for a series, and for answers that travel without their own. */
function hash(text: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
const longHash = (text: string) => hash(text) + hash(text, 0x050c5d1f);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NUMBERED = /^(.*?)([1-9]\d{0,14}|0)$/s;
/** An answer's flags byte: the label's index, +4 when right, and its mode. */
const MODE_FLAGS = { practice: 0, test: 8, 'check-up': 16 } as const satisfies Record<SessionMode, number>;
const MODE_OF_FLAGS = new Map<number, SessionMode>(Object.entries(MODE_FLAGS).map(([mode, flags]) => [flags, mode as SessionMode]));

const zigzag = (value: number) => (value >= 0 ? value * 2 : -value * 2 - 1);
const unzigzag = (value: number) => (value % 2 ? -(value + 1) / 2 : value / 2);

function writeId(out: Writer, id: string) {
  if (UUID.test(id)) {
    out.byte(1);
    for (const pair of id.replace(/-/g, '').match(/../g) ?? []) out.byte(parseInt(pair, 16));
  } else {
    out.byte(0);
    out.text(id);
  }
}

function readId(input: Reader): string {
  if (input.byte() === 0) return input.text();
  const hex = Array.from({ length: 16 }, () => input.byte().toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Item ids as a sorted list, each as "same prefix as before?" and its trailing number as a step from the one before: `s1…s5000` costs a byte each before compression. */
function splitId(id: string): [string, number | null] {
  const match = NUMBERED.exec(id);
  return match ? [match[1] as string, Number(match[2])] : [id, null];
}

function writeItemIds(out: Writer, ids: readonly string[]) {
  out.uint(ids.length);
  let prefix: string | null = null;
  let number = 0;
  for (const id of ids) {
    const [head, tail] = splitId(id);
    if (head === prefix) out.byte(0);
    else {
      out.byte(1);
      out.text(head);
      prefix = head;
    }
    if (tail === null) out.uint(0);
    else {
      out.uint(zigzag(tail - number) + 1);
      number = tail;
    }
  }
}

function readItemIds(input: Reader): string[] {
  const ids: string[] = [];
  let prefix = '';
  let number = 0;
  for (let count = input.uint(); count > 0; count--) {
    if (input.byte() !== 0) prefix = input.text();
    const step = input.uint();
    if (step === 0) ids.push(prefix);
    else {
      number += unzigzag(step - 1);
      ids.push(`${prefix}${number}`);
    }
  }
  return ids;
}

const byNumber = (a: string, b: string) => {
  const [headA, tailA] = splitId(a);
  const [headB, tailB] = splitId(b);
  return headA < headB ? -1 : headA > headB ? 1 : (tailA ?? -1) - (tailB ?? -1);
};

/**
 * One learner's answers in the chosen sets as columns: for each set its item ids once (sorted), then per answer the
 * item (a step from the previous one), the label with right/wrong and mode in one byte, and the seconds since the previous answer;
 * deflated when that is shorter. Times travel to the second.
 */
function packResults(results: ResultsFile, setIds: readonly string[]): Uint8Array {
  const out = new Writer();
  writeId(out, results.device.id);
  out.text(results.device.name);
  writeId(out, results.learner.id);
  out.text(results.learner.name);
  out.uint(Math.floor(results.exportedAt / 1000));
  const chosen = setIds.filter((setId) => results.answers.some((answer) => answer.setId === setId));
  out.uint(chosen.length);
  for (const setId of chosen) {
    const answers = results.answers.filter((answer) => answer.setId === setId).sort((a, b) => a.answeredAt - b.answeredAt);
    const items = [...new Set(answers.map((answer) => answer.itemId))].sort(byNumber);
    const index = new Map(items.map((itemId, position) => [itemId, position]));
    out.text(setId);
    writeItemIds(out, items);
    out.uint(answers.length);
    let previousItem = 0;
    for (const answer of answers) {
      const position = index.get(answer.itemId) as number;
      out.uint(zigzag(position - previousItem));
      previousItem = position;
    }
    for (const answer of answers) out.byte(LABELS.indexOf(answer.chosen) + (answer.correct ? 4 : 0) + MODE_FLAGS[answer.mode]);
    let previous = Math.floor((answers[0]?.answeredAt ?? 0) / 1000);
    out.uint(previous);
    for (const answer of answers) {
      const seconds = Math.floor(answer.answeredAt / 1000);
      out.uint(seconds - previous);
      previous = seconds;
    }
  }
  const raw = out.done();
  const deflated = deflateSync(raw, { level: 9, mem: 12 });
  const packed = new Uint8Array(1 + Math.min(raw.length, deflated.length));
  packed[0] = deflated.length < raw.length ? FORMAT_DEFLATED : FORMAT_RAW;
  packed.set(deflated.length < raw.length ? deflated : raw, 1);
  return packed;
}

function unpackResults(packed: Uint8Array): unknown {
  const kind = packed[0];
  if (kind !== FORMAT_RAW && kind !== FORMAT_DEFLATED) throw new Error('format');
  const input = new Reader(kind === FORMAT_DEFLATED ? inflateSync(packed.subarray(1)) : packed.subarray(1));
  const deviceId = readId(input);
  const deviceName = input.text();
  const learnerId = readId(input);
  const learnerName = input.text();
  const exportedAt = input.uint() * 1000;
  const answers: ResultAnswer[] = [];
  const sets = input.uint();
  for (let set = 0; set < sets; set++) {
    const setId = input.text();
    const items = readItemIds(input);
    const count = input.uint();
    let position = 0;
    const itemIds = Array.from({ length: count }, () => items[(position += unzigzag(input.uint()))]);
    const flags = Array.from({ length: count }, () => input.byte());
    let seconds = input.uint();
    for (let at = 0; at < count; at++) {
      seconds += input.uint();
      const itemId = itemIds[at];
      const flag = flags[at] as number;
      const chosen = LABELS[flag % 4];
      const mode = MODE_OF_FLAGS.get(flag & ~7);
      if (itemId === undefined || chosen === undefined || mode === undefined) throw new Error('damaged');
      const answeredAt = seconds * 1000;
      answers.push({
        id: `qr-${longHash(`${deviceId}\u0000${learnerId}\u0000${setId}\u0000${itemId}\u0000${answeredAt}`)}`,
        setId,
        itemId,
        chosen,
        correct: (flag & 4) !== 0,
        mode,
        answeredAt,
      });
    }
  }
  if (!input.finished) throw new Error('damaged');
  return { format: RESULTS_FORMAT, version: RESULTS_VERSION, exportedAt, device: { id: deviceId, name: deviceName }, learner: { id: learnerId, name: learnerName }, answers };
}

/**
 * The learner's answers in the chosen sets as a numbered series of QR texts, `FCO3:<series>:<n>:<of>:<Base45>`,
 * all in the QR alphanumeric alphabet. One code when the answers fit, otherwise as many as needed ("1 of 4").
 */
export function encodeQrSeries(results: ResultsFile, setIds: readonly string[]): string[] {
  const packed = packResults(results, setIds);
  const count = Math.max(1, Math.ceil(packed.length / QR_CHUNK_BYTES));
  const series = hash(toBase45(packed)).toUpperCase();
  return Array.from({ length: count }, (_, index) => `${QR_PREFIX}${series}:${index + 1}:${count}:${toBase45(packed.subarray(index * QR_CHUNK_BYTES, (index + 1) * QR_CHUNK_BYTES))}`);
}

export type ScanOutcome =
  | { kind: 'refused'; problem: ResultsProblem }
  | { kind: 'part'; series: string; have: number; count: number; learner: string | null }
  | { kind: 'complete'; series: string; check: ResultsCheck };

/**
 * The teacher's scanner side: collects the codes of each series in any order; a code read twice changes nothing.
 * Complete series give one checked result file.
 */
export class QrSeriesCollector {
  private readonly series = new Map<string, { count: number; parts: Map<number, Uint8Array> }>();

  add(text: string): ScanOutcome {
    const prefix = READ_PREFIXES.find((known) => text.startsWith(known));
    if (!prefix) return { kind: 'refused', problem: resultsProblem('notACode', 'not a result code of this app') };
    const match = /^([0-9A-F]{8}):(\d{1,4}):(\d{1,4}):(.*)$/s.exec(text.slice(prefix.length));
    const bytes = match ? fromBase45(match[4] as string) : null;
    const number = Number(match?.[2]);
    const count = Number(match?.[3]);
    if (!match || !bytes || number < 1 || number > count) return { kind: 'refused', problem: resultsProblem('damagedCode', 'the code is damaged (not readable)') };
    const id = match[1] as string;
    const entry = this.series.get(id) ?? { count, parts: new Map<number, Uint8Array>() };
    if (entry.count !== count) return { kind: 'refused', problem: resultsProblem('damagedCode', 'the code is damaged (its numbering does not match)') };
    entry.parts.set(number, bytes);
    this.series.set(id, entry);
    if (entry.parts.size < count) return { kind: 'part', series: id, have: entry.parts.size, count, learner: null };
    const whole = new Uint8Array([...entry.parts.entries()].sort(([a], [b]) => a - b).flatMap(([, part]) => [...part]));
    let file: unknown;
    try {
      file = unpackResults(whole);
    } catch {
      this.series.delete(id);
      return { kind: 'complete', series: id, check: { ok: false, problem: resultsProblem('damagedCode', 'the codes are damaged (not readable together)') } };
    }
    return { kind: 'complete', series: id, check: checkResultsText(JSON.stringify(file)) };
  }

  /** How many codes of each unfinished series are still missing. */
  missing(): { series: string; have: number; count: number }[] {
    return [...this.series.entries()].filter(([, entry]) => entry.parts.size < entry.count).map(([series, entry]) => ({ series, have: entry.parts.size, count: entry.count }));
  }
}

/** The whole series read in one go (tests, and a series scanned from several pictures). */
export function decodeQrSeries(texts: readonly string[]): ResultsCheck {
  const collector = new QrSeriesCollector();
  let last: ScanOutcome = { kind: 'refused', problem: resultsProblem('codesMissing', 'no code') };
  for (const text of texts) {
    last = collector.add(text);
    if (last.kind === 'refused') return { ok: false, problem: last.problem };
  }
  return last.kind === 'complete' ? last.check : { ok: false, problem: resultsProblem('codesMissing', 'codes are missing from the series') };
}
