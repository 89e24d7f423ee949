import { afterEach, describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { importClassResults } from '../../src/db/results';
import type { FcoDatabase } from '../../src/db/database';
import { checkResultsText, type ResultsFile } from '../../src/domain/results-format';
import { resultsToCsv } from '../../src/domain/learner-results';
import { decodeQrSeries, encodeQrSeries } from '../../src/domain/qr-payload';
import { buildClassTable } from '../../src/domain/class-table';
import { buildClassCheckUps, whyNoGain } from '../../src/domain/class-check-up';
import { classCheckUpCsv } from '../../src/domain/class-csv';
import { keyLookup } from '../../src/common/label-lookup';
import { freshDatabase } from './db-helpers';
import { PRACTICE_BEFORE_SECOND_CHECK_UP } from '../../src/domain/check-up';
import { smallQuiz } from '../fixtures/small-quiz';
import { checkUpQuiz } from '../fixtures/check-up-quiz';
import { CHECK_UP_T0, KNOWN_LEARNERS, checkUpAnswers, checkUpResultsFile } from '../fixtures/check-up-results';

const sets = [smallQuiz(), checkUpQuiz('A'), checkUpQuiz('B')];
const setIdOf = (form: 'A' | 'B') => checkUpQuiz(form).id;
const keyOf = keyLookup(sets.map((quiz) => ({ quiz, bundled: false })));
const [ANA, BEN, CY] = KNOWN_LEARNERS as [(typeof KNOWN_LEARNERS)[number], (typeof KNOWN_LEARNERS)[number], (typeof KNOWN_LEARNERS)[number]];
const practice = (prefix: string): ResultsFile['answers'] => [
  { id: `${prefix}-p1`, setId: 'small-set', itemId: 'i1', chosen: 'fact', correct: true, mode: 'practice', answeredAt: CHECK_UP_T0 + 86_400_000 },
  { id: `${prefix}-p2`, setId: 'small-set', itemId: 'i2', chosen: 'opinion', correct: false, mode: 'test', answeredAt: CHECK_UP_T0 + 86_500_000 },
];

/** A results file exactly as version 1 of the app wrote it: no check-up answers, `version: 1`. */
const VERSION_1_FILE = {
  format: 'fact-claim-opinion-results',
  version: 1,
  exportedAt: 1_772_445_600_000,
  device: { id: 'tablet-1', name: 'Tablet 1' },
  learner: { id: 'learner-ana', name: 'Ana' },
  answers: [
    { id: 'a1', setId: 'small-set', itemId: 'i1', chosen: 'fact', correct: true, mode: 'practice', answeredAt: 1_772_442_000_000 },
    { id: 'a2', setId: 'small-set', itemId: 'i2', chosen: 'opinion', correct: false, mode: 'test', answeredAt: 1_772_442_030_000 },
    { id: 'a3', setId: 'small-set', itemId: 'i3', chosen: 'opinion', correct: true, mode: 'test', answeredAt: 1_772_442_065_000 },
  ],
};
/** The same answers as a QR code written by version 1 of the app (prefix FCO2), kept verbatim. */
const VERSION_1_QR = 'FCO2:35A934F9:1:1:+709FS:B9ZPPTZ5Q 6O01QK6$N1EEN-GA6VHQJAFUE WU2GJ WU413B7KL1J*II 47S96:29R77FYG:FIUTI*50/FJ4DJW9BVGVKP5DPPVDP3H0';

let db: FcoDatabase;
afterEach(() => db?.close());

describe('results format version 2', () => {
  test('a version 1 file still imports, read as the current version with every answer as it was', () => {
    const check = checkResultsText(JSON.stringify(VERSION_1_FILE));
    expect(check).toEqual({ ok: true, results: { ...VERSION_1_FILE, version: 2 } });
  });

  test('check-up answers travel in a version 2 file; a bad mode or an unknown version is refused with its place', () => {
    const file = checkUpResultsFile(ANA, setIdOf);
    const check = checkResultsText(JSON.stringify(file));
    expect(check.ok && check.results.answers.filter((answer) => answer.mode === 'check-up')).toHaveLength(24);
    expect(checkResultsText(JSON.stringify({ ...file, answers: [{ ...file.answers[0], mode: 'exam' }] }))).toMatchObject({ ok: false, problem: { code: 'damaged', part: 'answer', values: { number: 1 }, message: 'answers[0].mode: expected "practice", "test" or "check-up"' } });
    expect(checkResultsText(JSON.stringify({ ...file, version: 0 }))).toMatchObject({ ok: false, problem: { code: 'damaged', part: 'file', message: 'version: expected version 2' } });
    expect(checkResultsText(JSON.stringify({ ...file, version: '2' }))).toMatchObject({ ok: false, problem: { code: 'damaged', part: 'file', message: 'version: expected version 2' } });
    expect(checkResultsText(JSON.stringify({ ...file, version: 3 }))).toMatchObject({ ok: false, problem: { code: 'newerVersion', message: expect.stringContaining('newer version') } });
  });

  test('the learner’s CSV marks check-up answers in the mode column', () => {
    const rows = Papa.parse<Record<string, string>>(resultsToCsv(checkUpResultsFile(ANA, setIdOf, practice('ana')), keyOf).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(26);
    expect(rows.filter((row) => row.mode === 'check-up').map((row) => row.set)).toEqual([...Array(12).fill('test-check-up-a'), ...Array(12).fill('test-check-up-b')]);
    expect(rows.filter((row) => row.mode !== 'check-up').map((row) => [row.statement_id, row.mode])).toEqual([['i1', 'practice'], ['i2', 'test']]);
    expect(rows[4]).toMatchObject({ statement: 'According to the council, the road is safe.', key: 'claim', chosen: 'claim', correct: 'yes', mode: 'check-up' });
  });
});

describe('QR codes with check-ups', () => {
  const strip = (answers: ResultsFile['answers']) => answers.map(({ setId, itemId, chosen, correct, mode, answeredAt }) => `${setId}/${itemId} ${chosen} ${correct} ${mode} ${answeredAt}`).sort();

  test('check-up, practice and test answers keep their mode through a QR series', () => {
    const file = checkUpResultsFile(BEN, setIdOf, practice('ben'));
    const codes = encodeQrSeries(file, ['small-set', setIdOf('A'), setIdOf('B')]);
    expect(codes[0]).toMatch(/^FCO3:/);
    const read = decodeQrSeries(codes);
    expect(read.ok && strip(read.results.answers)).toEqual(strip(file.answers));
  });

  test('a QR code from version 1 of the app still reads, modes and times intact', () => {
    const read = decodeQrSeries([VERSION_1_QR]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.results.learner).toEqual(VERSION_1_FILE.learner);
    expect(strip(read.results.answers)).toEqual(strip(VERSION_1_FILE.answers as ResultsFile['answers']));
  });
});

describe('the class view of check-ups', () => {
  test('merging the same check-ups twice, from files and from QR codes, counts every answer once', async () => {
    db = freshDatabase();
    const ana = checkUpResultsFile(ANA, setIdOf, practice('ana'));
    const ben = checkUpResultsFile(BEN, setIdOf);
    expect(await importClassResults(db, [ana, ben])).toEqual({ added: 50, alreadyThere: 0 });
    const before = buildClassCheckUps(await db.classAnswers.toArray(), sets);
    expect(await importClassResults(db, [ana, ben])).toEqual({ added: 0, alreadyThere: 50 });
    const scanned = decodeQrSeries(encodeQrSeries(ben, [setIdOf('A'), setIdOf('B')]));
    expect(scanned.ok && (await importClassResults(db, [scanned.results]))).toEqual({ added: 0, alreadyThere: 24 });
    expect(buildClassCheckUps(await db.classAnswers.toArray(), sets)).toEqual(before);
  });

  test('each learner’s before and after, the class’s averages per label and its gain, from known answers worked by hand', async () => {
    db = freshDatabase();
    const viaQr = decodeQrSeries(encodeQrSeries(checkUpResultsFile(BEN, setIdOf), [setIdOf('A'), setIdOf('B')]));
    if (!viaQr.ok) throw new Error(viaQr.problem.message);
    await importClassResults(db, [checkUpResultsFile(ANA, setIdOf, practice('ana')), viaQr.results, checkUpResultsFile(CY, setIdOf)]);
    const view = buildClassCheckUps(await db.classAnswers.toArray(), sets);
    const row = (name: string) => view.learners.find((learner) => learner.name === name)!.outcome;

    expect(view.learners.map((learner) => learner.name)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(row('Ana').before).toMatchObject({ form: 'A', correct: 7, answered: 12, byLabel: { fact: { correct: 4, total: 4 }, claim: { correct: 2, total: 4 }, opinion: { correct: 1, total: 4 } } });
    expect(row('Ana').after).toMatchObject({ form: 'B', correct: 11, answered: 12, byLabel: { fact: { correct: 4, total: 4 }, claim: { correct: 4, total: 4 }, opinion: { correct: 3, total: 4 } } });
    expect(row('Ana').gain).toBeCloseTo((11 - 7) / (12 - 7), 10);
    expect(row('Ben').before).toMatchObject({ form: 'B', correct: 6, byLabel: { fact: { correct: 3 }, claim: { correct: 1 }, opinion: { correct: 2 } } });
    expect(row('Ben').after).toMatchObject({ form: 'A', correct: 10, byLabel: { fact: { correct: 4 }, claim: { correct: 3 }, opinion: { correct: 3 } } });
    expect(row('Ben').gain).toBeCloseTo((10 - 6) / (12 - 6), 10);
    expect(row('Cy')).toMatchObject({ before: { form: 'A', correct: 4, answered: 12 }, after: null, gain: null });
    expect(whyNoGain(row('Cy'))).toBe('one-check-up');

    expect(view.class.learners).toBe(2);
    const before = (7 / 12 + 6 / 12) / 2;
    const after = (11 / 12 + 10 / 12) / 2;
    expect(view.class.before?.overall).toBeCloseTo(before, 10);
    expect(view.class.after?.overall).toBeCloseTo(after, 10);
    expect(view.class.gain?.overall).toBeCloseTo((after - before) / (1 - before), 10);
    expect(view.class.before?.byLabel).toEqual({ fact: 0.875, claim: 0.375, opinion: 0.375 });
    expect(view.class.after?.byLabel).toEqual({ fact: 1, claim: 0.875, opinion: 0.75 });
    expect(view.class.gain?.byLabel.fact).toBeCloseTo(1, 10);
    expect(view.class.gain?.byLabel.claim).toBeCloseTo(0.5 / 0.625, 10);
    expect(view.class.gain?.byLabel.opinion).toBeCloseTo(0.375 / 0.625, 10);

    // The practice table never counts check-up answers: Ana's two practice answers are all it has.
    const table = buildClassTable(await db.classAnswers.toArray(), keyOf);
    expect(table.answers).toBe(2);
    expect(table.learners.map((learner) => [learner.name, learner.answered])).toEqual([['Ana', 2]]);
    expect(table.statements.every((statement) => statement.setId === 'small-set')).toBe(true);

    const csv = Papa.parse<Record<string, string>>(classCheckUpCsv(view, Date.now()).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(csv.map((line) => [line.learner, line.before_form, line.before_right, line.before_claim_right, line.before_claim_of, line.after_form, line.after_right, line.gain, line.no_gain_because])).toEqual([
      ['Ana', 'A', '7', '2', '4', 'B', '11', '0.8', ''],
      ['Ben', 'B', '6', '1', '4', 'A', '10', '0.667', ''],
      ['Cy', 'A', '4', '0', '4', '', '', '', 'one-check-up'],
    ]);
  });

  test('no gain on fewer than twelve answers a side; the key on this device decides; unknown check-ups are not counted', () => {
    const answers = [
      ...checkUpAnswers(setIdOf, 'A', ANA.before, CHECK_UP_T0, 'x'),
      ...checkUpAnswers(setIdOf, 'B', ANA.after!.slice(0, 11), CHECK_UP_T0 + 1e6, 'x'),
    ].map((answer) => ({ ...answer, learnerKey: 'd/x', learnerName: 'Dee', deviceName: 'Tablet 2', correct: true }));
    const elsewhere = { ...answers[0]!, id: 'far', setId: 'check-up-not-here' };
    const view = buildClassCheckUps([...answers, elsewhere], sets);
    const dee = view.learners[0]!.outcome;
    expect(dee.before?.correct, 'scored by the key, not by the file’s own “correct”').toBe(7);
    expect(dee.after?.answered).toBe(11);
    expect(dee.gain).toBeNull();
    expect(whyNoGain(dee)).toBe('too-few');
    expect(view.class.learners).toBe(0);
    expect(view.unscored).toBe(1);
  });

  test('a learner who practised before the first check-up: marked so, and a gain only with enough practice between the two', () => {
    const asClass = (answers: ResultsFile['answers'], name: string) => answers.map((answer) => ({ ...answer, learnerKey: `d/${name}`, learnerName: name, deviceName: 'Tablet 2' }));
    const practised = (name: string, count: number, from: number) =>
      Array.from({ length: count }, (_, index) => ({ id: `${name}-p${from}-${index}`, setId: 'small-set', itemId: 'i1', chosen: 'fact' as const, correct: true, mode: 'practice' as const, answeredAt: from + index * 1000 }));
    const checkUps = (name: string) => [
      ...checkUpAnswers(setIdOf, 'A', ANA.before, CHECK_UP_T0, name),
      ...checkUpAnswers(setIdOf, 'B', ANA.after!, CHECK_UP_T0 + 2 * 86_400_000, name),
    ];
    const between = CHECK_UP_T0 + 86_400_000;
    const answers = [
      // Eve had 100 practice answers before her first check-up, and 39 between the two.
      ...asClass([...practised('eve', 100, CHECK_UP_T0 - 86_400_000), ...checkUps('eve'), ...practised('eve', PRACTICE_BEFORE_SECOND_CHECK_UP - 1, between)], 'Eve'),
      // Fay too, but 40 between.
      ...asClass([...practised('fay', 100, CHECK_UP_T0 - 86_400_000), ...checkUps('fay'), ...practised('fay', PRACTICE_BEFORE_SECOND_CHECK_UP, between)], 'Fay'),
      // Gus started with the check-up and practised little: as before, his two check-ups are a start and an after.
      ...asClass([...checkUps('gus'), ...practised('gus', 5, between)], 'Gus'),
    ];
    const view = buildClassCheckUps(answers, sets);
    const row = (name: string) => view.learners.find((learner) => learner.name === name)!.outcome;
    expect(row('Eve')).toMatchObject({ practice: { before: true, between: PRACTICE_BEFORE_SECOND_CHECK_UP - 1 }, gain: null });
    expect(whyNoGain(row('Eve'))).toBe('little-practice');
    expect(row('Fay').practice).toEqual({ before: true, between: PRACTICE_BEFORE_SECOND_CHECK_UP });
    expect(row('Fay').gain).toBeCloseTo((11 - 7) / (12 - 7), 10);
    expect(row('Gus')).toMatchObject({ practice: { before: false, between: 5 } });
    expect(row('Gus').gain).toBeCloseTo((11 - 7) / (12 - 7), 10);
    expect(view.class.learners, 'Fay and Gus, not Eve').toBe(2);
  });
});
