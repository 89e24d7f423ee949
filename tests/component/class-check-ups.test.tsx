import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import { smallQuiz } from '../fixtures/small-quiz';
import { checkUpQuiz } from '../fixtures/check-up-quiz';
import { CHECK_UP_T0, KNOWN_LEARNERS, checkUpResultsFile } from '../fixtures/check-up-results';
import type { FcoDatabase } from '../../src/db/database';
import { lockTeacher, unlockTeacher } from '../../src/common/teacher-lock';
import type { ResultsFile } from '../../src/domain/results-format';
import type { AnswerRecord } from '../../src/db/records';
import { listProfiles } from '../../src/db/profiles';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  lockTeacher();
  db?.close();
});

const setIdOf = (form: 'A' | 'B') => checkUpQuiz(form).id;
const [ANA, BEN, CY] = KNOWN_LEARNERS as [(typeof KNOWN_LEARNERS)[number], (typeof KNOWN_LEARNERS)[number], (typeof KNOWN_LEARNERS)[number]];
const asFile = (results: ResultsFile) => new File([JSON.stringify(results)], `${results.learner.name}.json`, { type: 'application/json' });
const cells = (table: HTMLElement, rowName: RegExp) => within(within(table).getByRole('row', { name: rowName })).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\s+/g, ' '));
const practice: ResultsFile['answers'] = [{ id: 'ana-p1', setId: 'small-set', itemId: 'i1', chosen: 'fact', correct: true, mode: 'practice', answeredAt: CHECK_UP_T0 + 86_400_000 }];

async function openClass() {
  db = freshDatabase();
  unlockTeacher();
  const user = userEvent.setup();
  await renderApp(db, '/class', [smallQuiz(), checkUpQuiz('A'), checkUpQuiz('B')]);
  await screen.findByRole('heading', { level: 1, name: 'Class results' });
  return user;
}

describe('check-ups in the class view', () => {
  test('a learner who had practised before the first check-up: the first is marked so, and no gain with too little practice between', async () => {
    const user = await openClass();
    const drills = (prefix: string, count: number, from: number): ResultsFile['answers'] =>
      Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index}`, setId: 'small-set', itemId: 'i1', chosen: 'fact', correct: true, mode: 'practice', answeredAt: from + index * 1000 }));
    // Ana practised 100 statements the day before her first check-up, and only 10 between the two.
    const ana = checkUpResultsFile(ANA, setIdOf, [...drills('ana-old', 100, CHECK_UP_T0 - 86_400_000), ...drills('ana-between', 10, CHECK_UP_T0 + 3_600_000)]);
    await user.upload(screen.getByLabelText('Choose result files (you can pick many at once)'), [asFile(ana), asFile(checkUpResultsFile(BEN, setIdOf))]);
    const section = await screen.findByRole('region', { name: 'Check-ups: before and after practice' });
    expect(await within(section).findByText('2 learners took both check-ups. 1 of them is not in the class figures: the Gain column says why.')).toBeInTheDocument();
    expect(within(section).getByText(/^Some learners had practised before their first check-up .+ at least 40 practice statements came between the two check-ups\./)).toBeInTheDocument();
    const learners = within(section).getByRole('table', { name: "Each learner's check-ups" });
    expect(cells(learners, /^Ana \(Tablet 1\)/)).toEqual([
      'Form Ataken after practice had begun7 of 12Fact: 4 of 4Attributed claim: 2 of 4Opinion: 1 of 4',
      'Form B11 of 12Fact: 4 of 4Attributed claim: 4 of 4Opinion: 3 of 4',
      'none: practised before the first check-up, and fewer than 40 practice statements between the two',
    ]);
    expect(cells(learners, /^Ben \(Tablet 1\)/)[2]).toBe('67%');
    // Only Ben enters the class figures: 6/12 → 10/12.
    const byClass = within(section).getByRole('table', { name: 'The class: average before and after, from 1 learner who took both' });
    expect(cells(byClass, /^All statements/)).toEqual(['50%', '83%', '67%']);
  });

  test('two learners’ files: each learner’s before and after per label, and the class’s averages and gains worked by hand', async () => {
    const user = await openClass();
    await user.upload(screen.getByLabelText('Choose result files (you can pick many at once)'), [asFile(checkUpResultsFile(ANA, setIdOf, practice)), asFile(checkUpResultsFile(BEN, setIdOf))]);
    expect(await screen.findByText('Ana.json: Ana, 25 answers')).toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Check-ups: before and after practice' });
    expect(await within(section).findByText('2 learners took both check-ups.')).toBeInTheDocument();
    const learners = within(section).getByRole('table', { name: "Each learner's check-ups" });
    // Ana: form A first, 7 of 12 (facts 4, claims 2, opinions 1); form B after, 11 of 12 (4, 4, 3); gain (11 − 7) / (12 − 7) = 80%.
    expect(cells(learners, /^Ana \(Tablet 1\)/)).toEqual([
      'Form A7 of 12Fact: 4 of 4Attributed claim: 2 of 4Opinion: 1 of 4',
      'Form B11 of 12Fact: 4 of 4Attributed claim: 4 of 4Opinion: 3 of 4',
      '80%',
    ]);
    // Ben: form B first, 6 of 12 (3, 1, 2); form A after, 10 of 12 (4, 3, 3); gain (10 − 6) / (12 − 6) = 67%.
    expect(cells(learners, /^Ben \(Tablet 1\)/)).toEqual([
      'Form B6 of 12Fact: 3 of 4Attributed claim: 1 of 4Opinion: 2 of 4',
      'Form A10 of 12Fact: 4 of 4Attributed claim: 3 of 4Opinion: 3 of 4',
      '67%',
    ]);

    const byClass = within(section).getByRole('table', { name: 'The class: average before and after, from 2 learners who took both' });
    expect(within(byClass).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Statements', 'First check-up', 'Second check-up', 'Gain']);
    // Before (7/12 + 6/12) / 2 = 54%; after (11/12 + 10/12) / 2 = 87.5%; gain (0.875 − 0.5417) / (1 − 0.5417) = 73%.
    expect(cells(byClass, /^All statements/)).toEqual(['54%', '88%', '73%']);
    // Facts (4/4 + 3/4) / 2 = 87.5% → 100%: gain 100%. Claims (2/4 + 1/4) / 2 = 37.5% → (4/4 + 3/4) / 2 = 87.5%: gain 0.5 / 0.625 = 80%.
    expect(cells(byClass, /^Fact/)).toEqual(['88%', '100%', '100%']);
    expect(cells(byClass, /^Attributed claim/)).toEqual(['38%', '88%', '80%']);
    // Opinions 37.5% → (3/4 + 3/4) / 2 = 75%: gain 0.375 / 0.625 = 60%.
    expect(cells(byClass, /^Opinion/)).toEqual(['38%', '75%', '60%']);
    expect(within(section).getByRole('heading', { name: 'What these figures cannot tell' })).toBeInTheDocument();
    expect(within(section).getByText(/^The class figures come from 2 learners\./)).toBeInTheDocument();

    // The practice table counts Ana's one practice answer, not her 24 check-up answers.
    expect(screen.getByText(/^1 learner, 1 answer\. /)).toBeInTheDocument();
    expect(cells(screen.getByRole('table', { name: 'Learners' }), /^Ana/)[0]).toBe('1 of 1');
  });

  test('a learner with one check-up shows “before” only and no gain, and is not in the class figures', async () => {
    const user = await openClass();
    await user.upload(screen.getByLabelText('Choose result files (you can pick many at once)'), [asFile(checkUpResultsFile(CY, setIdOf))]);
    const section = await screen.findByRole('region', { name: 'Check-ups: before and after practice' });
    const learners = await within(section).findByRole('table', { name: "Each learner's check-ups" });
    expect(cells(learners, /^Cy/)).toEqual(['Form A4 of 12Fact: 4 of 4Attributed claim: 0 of 4Opinion: 0 of 4', 'not taken yet', 'none yet: only one check-up']);
    expect(within(section).getByText(/^0 learners took both check-ups\. 1 learner has only one finished check-up so far/)).toBeInTheDocument();
    expect(within(section).getByText('No learner has finished both check-ups yet, so there is no class gain to show.')).toBeInTheDocument();
    expect(within(section).queryByRole('table', { name: /^The class/ })).toBeNull();
    expect(screen.getByText('No practice or test answers imported yet; the check-ups have their own section below.')).toBeInTheDocument();
  });
});

describe('a learner’s check-up answers leave the device', () => {
  test('My progress offers a check-up set for the QR codes, though check-ups keep no review cards', async () => {
    db = freshDatabase();
    await renderApp(db, '/progress', [smallQuiz(), checkUpQuiz('A'), checkUpQuiz('B')], 'Ana');
    await screen.findByRole('heading', { level: 1, name: 'Progress of Ana' });
    const ana = (await listProfiles(db))[0]!;
    const stored = checkUpResultsFile(CY, setIdOf).answers.map((answer, position) => ({ ...answer, profileId: ana.id, attemptId: 'check-up-attempt', position }) as unknown as AnswerRecord);
    await db.transaction('rw', db.answers, () => db.answers.bulkAdd(stored));
    const sets = await screen.findByRole('group', { name: 'Sets to put in the codes' });
    expect(within(sets).getByRole('checkbox', { name: /^Test check-up A/ })).toBeChecked();
    expect(within(sets).queryByRole('checkbox', { name: /^Test check-up B/ }), 'no answers in form B').toBeNull();
  });
});
