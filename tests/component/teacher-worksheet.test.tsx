import { afterEach, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import { smallQuiz } from '../fixtures/small-quiz';
import type { FcoDatabase } from '../../src/db/database';
import type { Quiz } from '../../src/domain/quiz-schema';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

/** A set whose statements begin with quotation marks, in two passages, one of two paragraphs. */
function quotedQuiz(): Quiz {
  const quiz = smallQuiz();
  return {
    ...quiz,
    id: 'quoted-set',
    passages: [
      { id: 'p1', text: '“Who still reads the paper?” the editor asked.\n\nThe paper sold 20,000 copies in 2020.' },
      { id: 'p2', text: 'It is the finest paper in the region.' },
    ],
    items: [
      { id: 'i1', passage: 'p1', text: '“Who still reads the paper?” the editor asked.', label: 'claim', difficulty: 'easy', explanation: 'A reported question: “the editor asked”.' },
      { id: 'i2', passage: 'p1', text: 'The paper sold 20,000 copies in 2020.', label: 'fact', difficulty: 'easy', explanation: 'Checkable: sales figures.' },
      { id: 'i3', passage: 'p2', text: 'It is the finest paper in the region.', label: 'opinion', difficulty: 'easy', explanation: 'A judgment: “finest”.' },
    ],
  };
}

test('the worksheet shows each passage once, its statements numbered in it, and a key without doubled quotation marks', async () => {
  db = freshDatabase();
  await renderApp(db, '/teacher/sets/quoted-set/worksheet', [quotedQuiz()]);
  await screen.findByRole('heading', { level: 1, name: 'Small set' });
  const passages = screen.getAllByRole('region', { name: /^Passage \d+$/ });
  expect(passages.map((passage) => within(passage).getAllByRole('mark').map((statement) => statement.textContent))).toEqual([
    ['1“Who still reads the paper?” the editor asked.', '2The paper sold 20,000 copies in 2020.'],
    ['3It is the finest paper in the region.'],
  ]);
  expect(passages[0]!.textContent).toContain('asked.\n\n2The paper');
  expect(screen.getAllByRole('list', { name: /tick one$/ }).map((list) => list.getAttribute('aria-label'))).toEqual([
    'Statement 1: tick one',
    'Statement 2: tick one',
    'Statement 3: tick one',
  ]);
  const key = screen.getByRole('region', { name: 'Answer key: Small set' });
  const first = within(key).getAllByRole('listitem')[0]!;
  expect(first).toHaveTextContent('“Who still reads the paper?” the editor asked. — Attributed claim');
  expect(first.textContent).not.toMatch(/[“"]\s*[“"]/);
  expect(screen.getAllByText(/^Source: “Test article”, Test Press, 2021-06-30/)).toHaveLength(2);
});
