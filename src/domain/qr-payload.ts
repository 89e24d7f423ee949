import { LABELS, type Label } from './quiz-schema';
import { checkResultsText, RESULTS_FORMAT, RESULTS_VERSION, type ResultsCheck, type ResultsFile } from './results-format';

/** Marks a QR code as one learner's results for one set, in this app's compact form. */
export const QR_PREFIX = 'FCO1:';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LETTERS: Record<Label, string> = { fact: 'f', claim: 'c', opinion: 'o' };

function hexToBase64Url(hex: string): string {
  const bytes = hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToHex(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return [...binary].map((char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/** UUIDs shrink to 22 characters; other ids travel as they are, marked with "~". */
function packId(id: string): string {
  return UUID.test(id) ? hexToBase64Url(id.replace(/-/g, '').toLowerCase()) : `~${id}`;
}

function unpackId(packed: string): string {
  if (packed.startsWith('~')) return packed.slice(1);
  const hex = base64UrlToHex(packed);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One learner's answers in one set as QR text: `FCO1:` and a JSON array
 * [device id, device name, learner id, learner name, set id, exported at (s), answers], where answers is one string
 * of `answer id.item id.letter.seconds before export (base 36)` joined by commas. The letter is f, c or o for the
 * label chosen, upper case when the answer was right. The mode does not travel; a scanned answer reads as practice.
 */
export function encodeQrPayload(results: ResultsFile, setId: string): string {
  const exportedAt = Math.round(results.exportedAt / 1000);
  const answers = results.answers
    .filter((answer) => answer.setId === setId)
    .map((answer) => {
      const letter = LETTERS[answer.chosen];
      const before = Math.max(0, exportedAt - Math.round(answer.answeredAt / 1000));
      return [packId(answer.id), answer.itemId, answer.correct ? letter.toUpperCase() : letter, before.toString(36)].join('.');
    })
    .join(',');
  const body = [results.device.id, results.device.name, results.learner.id, results.learner.name, setId, exportedAt, answers];
  return QR_PREFIX + JSON.stringify(body);
}

/** Reads a scanned QR text back into a result file, checked like any other. */
export function decodeQrPayload(text: string): ResultsCheck {
  if (!text.startsWith(QR_PREFIX)) return { ok: false, problem: 'not a result code of this app' };
  let body: unknown;
  try {
    body = JSON.parse(text.slice(QR_PREFIX.length));
  } catch {
    return { ok: false, problem: 'the code is damaged (not readable)' };
  }
  if (!Array.isArray(body) || body.length !== 7 || typeof body[6] !== 'string' || typeof body[5] !== 'number') {
    return { ok: false, problem: 'the code is damaged (unexpected shape)' };
  }
  const [deviceId, deviceName, learnerId, learnerName, setId, exportedAt, packed] = body as [unknown, unknown, unknown, unknown, unknown, number, string];
  const answers: unknown[] = [];
  for (const [index, row] of (packed ? packed.split(',') : []).entries()) {
    const [packedId, itemId, letter, before, extra] = row.split('.');
    const seconds = parseInt(before ?? '', 36);
    if (!packedId || !itemId || !letter || Number.isNaN(seconds) || extra !== undefined) return { ok: false, problem: `answers[${index}]: the code is damaged` };
    const chosen = LABELS.find((label) => LETTERS[label] === letter.toLowerCase());
    let id: string;
    try {
      id = unpackId(packedId);
    } catch {
      return { ok: false, problem: `answers[${index}].id: the code is damaged` };
    }
    answers.push({ id, setId, itemId, chosen: chosen ?? letter, correct: letter !== letter.toLowerCase(), mode: 'practice', answeredAt: (exportedAt - seconds) * 1000 });
  }
  const file = {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    exportedAt: exportedAt * 1000,
    device: { id: deviceId, name: deviceName },
    learner: { id: learnerId, name: learnerName },
    answers,
  };
  return checkResultsText(JSON.stringify(file));
}
