import { afterEach, describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import QRCode from 'qrcode';
import jsQR from 'jsqr';
import { recordAnswer, startAttempt } from '../../src/db/attempts';
import { createProfile } from '../../src/db/profiles';
import { exportLearnerResults, importClassResults } from '../../src/db/results';
import type { FcoDatabase } from '../../src/db/database';
import { checkResultsText, type ResultsFile } from '../../src/domain/results-format';
import { resultsToCsv } from '../../src/domain/learner-results';
import { toCsv } from '../../src/domain/csv';
import { decodeQrSeries, encodeQrSeries } from '../../src/domain/qr-payload';
import { buildClassTable, type KeyOf } from '../../src/domain/class-table';
import { classScoresCsv, classStatementsCsv } from '../../src/domain/class-csv';
import type { Label } from '../../src/domain/quiz-schema';
import { freshDatabase } from './db-helpers';
import { seededRandom } from '../fixtures/seeded-random';

const KEY: Record<string, Label> = { i1: 'fact', i2: 'claim', i3: 'opinion', i4: 'claim', i5: 'fact', i6: 'opinion', i7: 'fact', i8: 'claim', i9: 'opinion', i10: 'fact', i11: 'claim', i12: 'opinion', i13: 'fact' };
const labelOf: KeyOf = (setId, itemId) => {
  const label = setId === 'al-bukamal-1-opening' ? KEY[itemId] : undefined;
  return label ? { label, text: `Statement ${itemId}` } : undefined;
};

let db: FcoDatabase;
afterEach(() => db?.close());

async function learnerResults(name: string, chosen: Label[]): Promise<ResultsFile> {
  const profile = await createProfile(db, { name, picture: 'owl' });
  const items = chosen.map((_, index) => ({ setId: 'al-bukamal-1-opening', itemId: `i${index + 1}` }));
  const attempt = await startAttempt(db, { profileId: profile.id, setId: 'al-bukamal-1-opening', mode: 'test', items });
  for (const [position, label] of chosen.entries()) {
    await recordAnswer(db, { attempt, position, chosen: label, correct: KEY[`i${position + 1}`] === label, advance: true });
  }
  return exportLearnerResults(db, profile.id, (code) => `Tablet ${code}`);
}

/** Draws a QR code the way a screen shows it: dark modules on a light quiet zone, as RGBA pixels. */
function qrPixels(text: string, scale = 4, margin = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = (modules.size + 2 * margin) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + margin) * scale + dy) * size + (x + margin) * scale + dx) * 4;
          pixels.fill(0, offset, offset + 3);
        }
      }
    }
  }
  return { pixels, size, version: modules.size };
}

describe('result files', () => {
  test('an exported file carries format, device, learner and every answer, and passes its own check', async () => {
    db = freshDatabase();
    const results = await learnerResults('Ana, "la Rápida"', ['fact', 'opinion', 'opinion']);
    expect(results).toMatchObject({ format: 'fact-claim-opinion-results', version: 2, learner: { name: 'Ana, "la Rápida"' } });
    expect(results.device.name).not.toBe('');
    expect(results.answers.map((answer) => [answer.itemId, answer.chosen, answer.correct])).toEqual([
      ['i1', 'fact', true],
      ['i2', 'opinion', false],
      ['i3', 'opinion', true],
    ]);
    const check = checkResultsText(JSON.stringify(results));
    expect(check.ok && check.results).toEqual(results);
  });

  test('a damaged file is refused with the place of the problem', () => {
    const file = { format: 'fact-claim-opinion-results', version: 1, exportedAt: 1, device: { id: 'd', name: 'Tablet' }, learner: { id: 'l', name: 'Ana' }, answers: [{ id: 'x', setId: 's', itemId: 'i', chosen: 'fakt', correct: true, mode: 'practice', answeredAt: 5 }] };
    expect(checkResultsText(JSON.stringify(file))).toEqual({ ok: false, problem: { code: 'damaged', part: 'answer', values: { number: 1 }, message: expect.stringMatching(/^answers\[0\]\.chosen: /) } });
    expect(checkResultsText(JSON.stringify({ ...file, learner: { id: 'l' } }))).toMatchObject({ ok: false, problem: { code: 'damaged', part: 'learner', message: expect.stringMatching(/^learner\.name: /) } });
    expect(checkResultsText('{"format":')).toMatchObject({ ok: false, problem: { code: 'notJson', part: 'file', message: expect.stringMatching(/^not valid JSON/) } });
    expect(checkResultsText('[1, 2]')).toMatchObject({ ok: false, problem: { code: 'notResults' } });
    expect(checkResultsText(JSON.stringify({ ...file, format: 'fact-claim-opinion-backup' }))).toMatchObject({ ok: false, problem: { code: 'notResults' } });
    expect(checkResultsText(JSON.stringify({ ...file, version: 7 }))).toMatchObject({ ok: false, problem: { code: 'newerVersion', values: { version: 7 }, message: expect.stringContaining('newer version') } });
  });
});

describe('CSV', () => {
  test('names with commas, quotes, line breaks and non-Latin letters survive a round trip', () => {
    const names = ['Ana, María', 'Ben "the Brave"', 'سارة', 'two\nlines'];
    const csv = toCsv(['name', 'n'], names.map((name, index) => [name, index]));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([['name', 'n'], ...names.map((name, index) => [name, String(index)])]);
  });

  test('cells that a spreadsheet would run as a formula are defused', () => {
    const risky = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)'];
    const csv = toCsv(['name'], risky.map((name) => [name]));
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1).map((row) => row[0]);
    expect(cells).toEqual(risky.map((name) => `'${name}`));
  });

  test('a learner’s results are one row per answer', async () => {
    db = freshDatabase();
    const results = await learnerResults('=cmd', ['fact', 'claim']);
    const rows = Papa.parse<Record<string, string>>(resultsToCsv(results, labelOf).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => [row.learner, row.statement_id, row.statement, row.key, row.chosen, row.correct])).toEqual([
      ["'=cmd", 'i1', 'Statement i1', 'fact', 'fact', 'yes'],
      ["'=cmd", 'i2', 'Statement i2', 'claim', 'claim', 'yes'],
    ]);
    expect(rows[0]?.answered_at, 'local time with its offset').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });
});

describe('QR codes', () => {
  const strip = (answers: ResultsFile['answers']) =>
    answers.map(({ setId, itemId, chosen, correct, mode, answeredAt }) => ({ setId, itemId, chosen, correct, mode, second: Math.floor(answeredAt / 1000) })).sort((a, b) => a.second - b.second || a.itemId.localeCompare(b.itemId));

  test('a learner’s real results for a whole set fit in one small code, read back with jsQR, mode and time intact', async () => {
    db = freshDatabase();
    const chosen: Label[] = ['fact', 'opinion', 'opinion', 'fact', 'fact', 'claim', 'fact', 'claim', 'fact', 'fact', 'claim', 'opinion', 'opinion'];
    const results = await learnerResults('Zaynab زينب', chosen);
    const codes = encodeQrSeries(results, ['al-bukamal-1-opening']);
    expect(codes).toHaveLength(1);
    const { pixels, size, version } = qrPixels(codes[0] as string);
    expect(version, 'modules per side (an 80-statement set used to need 89)').toBeLessThanOrEqual(57);
    const read = jsQR(pixels, size, size);
    expect(read?.data).toBe(codes[0]);
    const decoded = decodeQrSeries([read?.data ?? '']);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.results.learner).toEqual(results.learner);
    expect(decoded.results.device).toEqual(results.device);
    expect(decoded.results.answers.every((answer) => answer.mode === 'test')).toBe(true);
    expect(strip(decoded.results.answers)).toEqual(strip(results.answers));
  });

  test('a 5,000-statement set becomes a numbered series of small codes that reads back whole in any order, once', () => {
    const start = Date.UTC(2026, 2, 2, 8, 0);
    const labels: Label[] = ['fact', 'claim', 'opinion'];
    const random = seededRandom(5000);
    const order = Array.from({ length: 5000 }, (_, index) => index + 1).sort(() => random() - 0.5);
    let time = start;
    const answers: ResultsFile['answers'] = order.map((item, index) => {
      time += 2_000 + Math.floor(random() * 40_000);
      return {
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        setId: 'generated-5000',
        itemId: `s${item}`,
        chosen: labels[Math.floor(random() * 3)] as Label,
        correct: random() < 0.6,
        mode: random() < 0.5 ? 'test' : 'practice',
        answeredAt: time,
      };
    });
    const results: ResultsFile = {
      format: 'fact-claim-opinion-results', version: 2, exportedAt: start + 30_000_000,
      device: { id: 'device-1', name: 'Tablet 2' }, learner: { id: 'learner-1', name: 'Zaynab زينب' }, answers,
    };
    const codes = encodeQrSeries(results, ['generated-5000']);
    expect(codes.length).toBeGreaterThan(1);
    for (const [index, code] of codes.entries()) {
      expect(code).toMatch(new RegExp(`^FCO3:[0-9A-F]{8}:${index + 1}:${codes.length}:[0-9A-Z $%*+\\-./:]+$`));
      expect(QRCode.create(code, { errorCorrectionLevel: 'M' }).modules.size, `code ${index + 1}`).toBeLessThanOrEqual(69);
    }
    const sample = codes[codes.length - 1] as string;
    const { pixels, size } = qrPixels(sample);
    expect(jsQR(pixels, size, size)?.data).toBe(sample);

    const shuffled = [...codes].reverse();
    shuffled.splice(2, 0, codes[0] as string, codes[3] as string);
    const decoded = decodeQrSeries(shuffled);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.results.answers).toHaveLength(5000);
    expect(strip(decoded.results.answers)).toEqual(strip(answers));
    expect(decodeQrSeries(codes.slice(1))).toMatchObject({ ok: false, problem: { code: 'codesMissing', message: 'codes are missing from the series' } });
    console.info(`5,000 answers: ${codes.length} codes of at most ${Math.max(...codes.map((code) => QRCode.create(code, { errorCorrectionLevel: 'M' }).modules.size))} modules`);
  });

  test('a code of another app, or a damaged one, is refused', () => {
    expect(decodeQrSeries(['https://example.com'])).toMatchObject({ ok: false, problem: { code: 'notACode' } });
    expect(decodeQrSeries(['FCO1:[1,2]'])).toMatchObject({ ok: false });
    expect(decodeQrSeries(['FCO2:0123ABCD:1:1:$$$'])).toMatchObject({ ok: false, problem: { code: 'damagedCode' } });
    expect(decodeQrSeries(['FCO2:0123ABCD:1:1:ABC'])).toMatchObject({ ok: false });
  });
});

describe('class view', () => {
  test('importing the same results twice counts them once, from a file and from a QR code alike', async () => {
    db = freshDatabase();
    const ana = await learnerResults('Ana', ['fact', 'opinion', 'opinion']);
    const ben = await learnerResults('Ben', ['opinion', 'opinion', 'opinion']);
    expect(await importClassResults(db, [ana, ben])).toEqual({ added: 6, alreadyThere: 0 });
    const before = buildClassTable(await db.classAnswers.toArray(), labelOf);
    expect(await importClassResults(db, [ana])).toEqual({ added: 0, alreadyThere: 3 });
    const scanned = decodeQrSeries(encodeQrSeries(ben, ['al-bukamal-1-opening']));
    expect(scanned.ok && (await importClassResults(db, [scanned.results]))).toEqual({ added: 0, alreadyThere: 3 });
    expect(buildClassTable(await db.classAnswers.toArray(), labelOf)).toEqual(before);
  });

  test('the class table puts the hardest statement first, with the most common wrong label and each learner’s confusions', async () => {
    db = freshDatabase();
    await importClassResults(db, [
      await learnerResults('Ana', ['fact', 'opinion', 'opinion']),
      await learnerResults('Ben', ['opinion', 'opinion', 'opinion']),
      await learnerResults('Cy', ['fact', 'fact', 'opinion']),
    ]);
    const table = buildClassTable(await db.classAnswers.toArray(), labelOf);
    expect(table.statements.map((row) => [row.itemId, row.learners, row.firstRight, row.commonWrong])).toEqual([
      ['i2', 3, 0, 'opinion'],
      ['i1', 3, 2, 'opinion'],
      ['i3', 3, 3, undefined],
    ]);
    expect(table.learners.map((row) => [row.name, row.firstRight, row.answered, row.confusions.map((pair) => `${pair.label}>${pair.chosen}`)])).toEqual([
      ['Ana', 2, 3, ['claim>opinion']],
      ['Ben', 1, 3, ['fact>opinion', 'claim>opinion']],
      ['Cy', 2, 3, ['claim>fact']],
    ]);
    const csv = Papa.parse<Record<string, string>>(classStatementsCsv(table, (id) => `Title of ${id}`).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(csv[0]).toMatchObject({ set: 'Title of al-bukamal-1-opening', statement_id: 'i2', statement: 'Statement i2', key: 'claim', learners: '3', percent_right_first_try: '0', most_common_wrong_first_try: 'opinion', scored_by: 'key' });
    const scores = Papa.parse<Record<string, string>>(classScoresCsv(table, Date.now()).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(scores.map((row) => [row.learner, row.statements, row.right_first_try, row.right_latest])).toEqual([
      ['Ana', '3', '2', '2'],
      ['Ben', '3', '1', '1'],
      ['Cy', '3', '2', '2'],
    ]);
  });
});
