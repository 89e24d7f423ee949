import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import { smallQuiz } from '../fixtures/small-quiz';
import type { FcoDatabase } from '../../src/db/database';
import { lockTeacher, unlockTeacher } from '../../src/common/teacher-lock';
import type { ResultsFile } from '../../src/domain/results-format';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  lockTeacher();
  db?.close();
});

const T0 = new Date(2026, 2, 2, 9, 0).getTime();
type Answer = ResultsFile['answers'][number];
/** A result file as version 1 of the app wrote it (no check-ups): old files still import. */
const file = (learner: string, answers: Partial<Answer>[]): File => {
  const results: Omit<ResultsFile, 'version'> & { version: 1 } = {
    format: 'fact-claim-opinion-results', version: 1, exportedAt: T0 + 9e6,
    device: { id: 'tablet-1', name: 'Tablet 1' }, learner: { id: `id-${learner}`, name: learner },
    answers: answers.map((answer, index) => ({ id: `${learner}-${index}`, setId: 'small-set', itemId: 'i1', chosen: 'fact', correct: true, mode: 'practice', answeredAt: T0 + index * 60_000, ...answer })),
  };
  return new File([JSON.stringify(results)], `${learner}.json`, { type: 'application/json' });
};
const cells = (table: HTMLElement, rowName: RegExp) => within(within(table).getByRole('row', { name: rowName })).getAllByRole('cell').map((cell) => cell.textContent);

async function openClass() {
  db = freshDatabase();
  unlockTeacher();
  const user = userEvent.setup();
  await renderApp(db, '/class', [smallQuiz()]);
  await screen.findByRole('heading', { level: 1, name: 'Class results' });
  return user;
}

describe('class results', () => {
  test('the key decides: a file that marks wrong choices right scores by the key, and says so', async () => {
    const user = await openClass();
    // Key: i1 fact, i2 claim, i3 opinion (fact also accepted). Every answer claims to be right.
    const faked = file('Ana', [
      { itemId: 'i1', chosen: 'opinion' },
      { itemId: 'i2', chosen: 'opinion' },
      { itemId: 'i3', chosen: 'fact' },
    ]);
    await user.upload(screen.getByLabelText('Choose result files (you can pick many at once)'), [faked]);
    expect(await screen.findByText(/2 answers in this file do not match the key; the key on this device decides\./)).toBeInTheDocument();
    expect(await screen.findByText('1 learner, 3 answers. Each learner counts once per statement: first with their first try, then with their latest answer.')).toBeInTheDocument();
    expect(screen.getByText(/^2 imported answers do not match the key on this device/)).toBeInTheDocument();
    const learners = screen.getByRole('table', { name: 'Learners' });
    expect(cells(learners, /^Ana/)[0]).toBe('1 of 3');
  });

  test('first tries stay visible after a learner puts misses right; filters by set, mode and day', async () => {
    const user = await openClass();
    const ben = file('Ben', [
      { itemId: 'i1', chosen: 'opinion', correct: false, mode: 'test' },
      { itemId: 'i2', chosen: 'claim', mode: 'test' },
      { itemId: 'i1', chosen: 'fact', answeredAt: T0 + 86_400_000 },
      { setId: 'not-here', itemId: 'x1', chosen: 'claim', correct: false, mode: 'test' },
    ]);
    await user.upload(screen.getByLabelText('Choose result files (you can pick many at once)'), [ben]);
    const learners = await screen.findByRole('table', { name: 'Learners' });
    expect(cells(learners, /^Ben/).slice(0, 2)).toEqual(['1 of 3', '2 of 3']);
    expect(within(learners).getByRole('rowheader', { name: /^Ben/ })).toHaveTextContent('1 statement as reported');
    const statements = screen.getByRole('table', { name: 'Statements, hardest first' });
    expect(within(statements).getByRole('rowheader', { name: /x1/ })).toHaveTextContent('not-here · as reported');
    expect(cells(statements, /The bridge opened in 1932\./)).toEqual(['Fact', '1', '0 of 1 (0%)', '1 of 1 (100%)', 'Opinion']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'Test only');
    expect(cells(screen.getByRole('table', { name: 'Learners' }), /^Ben/).slice(0, 2)).toEqual(['1 of 3', '1 of 3']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'Practice and test');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Set' }), 'Small set');
    expect(cells(screen.getByRole('table', { name: 'Learners' }), /^Ben/).slice(0, 2)).toEqual(['1 of 2', '2 of 2']);
    const nextDay = new Date(T0 + 86_400_000);
    const day = `${nextDay.getFullYear()}-${String(nextDay.getMonth() + 1).padStart(2, '0')}-${String(nextDay.getDate()).padStart(2, '0')}`;
    await user.type(screen.getByLabelText('From (day)'), day);
    expect(cells(screen.getByRole('table', { name: 'Learners' }), /^Ben/).slice(0, 2)).toEqual(['1 of 1', '1 of 1']);
  });

  test('a refused file says in the teacher\'s language which part of it is wrong, and adds nothing', async () => {
    const user = await openClass();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    await screen.findByRole('heading', { level: 1, name: 'Resultados de la clase' });
    const damaged = file('Ana', [{}, {}, { chosen: 'fakt' as never }]);
    const newer = new File([JSON.stringify({ format: 'fact-claim-opinion-results', version: 9 })], 'nuevo.json', { type: 'application/json' });
    const notResults = new File(['{"formatName":"dexie"}'], 'copia.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Elige archivos de resultados (puedes elegir varios a la vez)'), [damaged, newer, notResults]);
    expect(await screen.findByText('Se rechazó Ana.json y no se añadió nada de él: hay datos dañados o cambiados a mano en la respuesta 3.')).toBeInTheDocument();
    expect(screen.getByText(/^Se rechazó nuevo\.json y no se añadió nada de él: lo guardó una versión más nueva de la aplicación \(formato de resultados 9\)\./)).toBeInTheDocument();
    expect(screen.getByText('Se rechazó copia.json y no se añadió nada de él: no es un archivo de resultados de esta aplicación.')).toBeInTheDocument();
    expect(await db.classAnswers.count()).toBe(0);
  });
});
