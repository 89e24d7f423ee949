import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import type { FcoDatabase } from '../../src/db/database';
import { smallQuiz } from '../fixtures/small-quiz';
import { lockTeacher, unlockTeacher } from '../../src/common/teacher-lock';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  lockTeacher();
  db?.close();
});

const ARTICLE = 'The bridge opened in 1932. According to the mayor, the bridge is safe. It is the most beautiful bridge in the world, and everyone should visit.';

async function newSet() {
  db = freshDatabase();
  // These tests are about writing a set; the teacher lock has its own (teacher-lock.test.tsx).
  unlockTeacher();
  const user = userEvent.setup();
  await renderApp(db, '/teacher');
  await user.click(await screen.findByRole('button', { name: 'New set from an article' }));
  await screen.findByRole('heading', { level: 1, name: 'Editing: Untitled set' });
  return user;
}

async function fillAbout(user: ReturnType<typeof userEvent.setup>) {
  const fields: [string, string][] = [
    ['Title', 'Bridges'],
    ['Description', 'Three statements about a bridge.'],
    ['Article title', 'The bridge'],
    ['Publisher', 'Test Press'],
    ['Date', '2021-06-30'],
    ['Licence', 'CC BY 4.0'],
    ['Link to the licence', 'https://creativecommons.org/licenses/by/4.0/'],
  ];
  for (const [label, value] of fields) {
    await user.click(screen.getByLabelText(label, { exact: true }));
    await user.paste(value);
  }
}

const statement = (number: number) => screen.getByRole('article', { name: `Statement ${number}` });

describe('writing a set from an article', () => {
  test('a new set shows what to do first, not a wall of problems; the first problems appear once there is something to check', async () => {
    const user = await newSet();
    const check = screen.getByRole('region', { name: 'Check' });
    expect(within(check).getByText('A new set. To begin:')).toBeInTheDocument();
    expect(within(check).getAllByRole('listitem').map((step) => step.textContent)).toEqual([
      'Paste the article, or load it from a .txt file.',
      'Choose “Make a statement” next to a sentence, then choose its label and explain it.',
      "Fill in the title, the description and the source's credit. The set reaches students once it passes every check.",
    ]);
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);

    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    expect(await within(check).findByText(/problems to fix/)).toBeInTheDocument();
    // No "a set needs at least one passage" under the sentence list that already says "Passage 1".
    expect(screen.getByText('Passage 1')).toBeInTheDocument();
    expect(screen.queryByText(/no passage/i)).toBeNull();
    expect(within(check).getByText('The set has no statement yet: make at least one from a sentence of the article.')).toBeInTheDocument();
    // An empty licence link is one problem, not two.
    expect(screen.getByLabelText('Link to the licence')).toHaveAccessibleDescription('The link to the licence is empty: fill it in.');
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(/The date is empty: fill it in\.$/);
  });

  test('sentences, a suggested label the teacher confirms, live checks next to the fields, saved as typed', async () => {
    const user = await newSet();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    expect(await screen.findByRole('heading', { name: '3 sentences' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make a statement from sentence 2' }));
    const item = statement(1);
    expect(within(item).getByLabelText('Text of statement 1')).toHaveValue('According to the mayor, the bridge is safe.');
    expect(within(item).getByText('Suggestion: Attributed claim')).toBeInTheDocument();
    expect(within(item).getByRole('mark')).toHaveTextContent(/^According to/);

    // Nothing is labelled without the teacher: the check says so next to the label.
    const labels = within(item).getByRole('group', { name: 'Label of statement 1' });
    expect(within(labels).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    expect(within(labels).getByText('Statement 1 has no label: choose Fact, Attributed claim or Opinion.')).toBeInTheDocument();
    const explanation = within(item).getByLabelText('Explanation of statement 1');
    expect(explanation).toHaveAttribute('aria-invalid', 'true');
    expect(explanation).toHaveAccessibleDescription(expect.stringContaining('The explanation of statement 1 is empty: fill it in.'));
    // Developer wording never reaches the teacher.
    expect(document.body.textContent).not.toMatch(/expected |got null|items\[/);

    await user.click(within(item).getByRole('button', { name: 'Use the suggestion: Attributed claim' }));
    expect(within(labels).getByRole('radio', { name: 'Attributed claim' })).toBeChecked();
    await user.click(explanation);
    await user.paste('The attribution frame "According to the mayor" decides it.');
    expect(explanation).not.toHaveAttribute('aria-invalid');

    expect(screen.getByText(/problems? to fix/)).toBeInTheDocument();
    await fillAbout(user);
    expect(await screen.findByText('The set passes every check.')).toBeInTheDocument();

    await waitFor(async () => {
      const [stored] = await db.quizSets.toArray();
      expect(stored?.quiz.items.map((quizItem) => [quizItem.text, quizItem.label])).toEqual([['According to the mayor, the bridge is safe.', 'claim']]);
    });
  });

  test('a clause selected inside a sentence becomes the statement; selected words become a cue', async () => {
    const user = await newSet();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    await user.click(await screen.findByRole('button', { name: 'Make a statement from sentence 3' }));
    const text = within(statement(1)).getByLabelText('Text of statement 1') as HTMLTextAreaElement;
    const clause = 'It is the most beautiful bridge in the world';
    text.focus();
    text.setSelectionRange(0, clause.length);
    await user.click(within(statement(1)).getByRole('button', { name: 'Keep only the selected words' }));
    expect(text).toHaveValue(clause);

    const start = clause.indexOf('most beautiful');
    text.setSelectionRange(start, start + 'most beautiful'.length);
    await user.selectOptions(within(statement(1)).getByLabelText('Kind of cue'), 'value word');
    await user.click(within(statement(1)).getByRole('button', { name: 'Mark the selected words as a cue' }));
    expect(within(statement(1)).getByRole('button', { name: 'Remove cue most beautiful' })).toBeInTheDocument();

    await user.click(within(statement(1)).getByRole('button', { name: 'Keep only the selected words' }));
    text.setSelectionRange(0, 0);
    await user.click(within(statement(1)).getByRole('button', { name: 'Keep only the selected words' }));
    expect(within(statement(1)).getByText('Select some words in the statement text first.')).toBeInTheDocument();
  });

  test('a statement reworded so it is no longer in the article is flagged at its text', async () => {
    const user = await newSet();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    await user.click(await screen.findByRole('button', { name: 'Make a statement from sentence 1' }));
    const text = within(statement(1)).getByLabelText('Text of statement 1');
    await user.clear(text);
    await user.paste('The bridge opened in 1933.');
    expect(text).toHaveAccessibleDescription(
      expect.stringContaining('Statement 1 is not word for word in its passage: quote it from the article without changing it.'),
    );
  });

  test('undo and redo: typing in one field is one step, and the undone text is what gets saved', async () => {
    const user = await newSet();
    const title = screen.getByLabelText('Title', { exact: true });
    await user.type(title, 'Bridges');
    await user.click(screen.getByLabelText('Description'));
    await user.paste('About bridges.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Description')).toHaveValue('');
    expect(title).toHaveValue('Bridges');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(title).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(title).toHaveValue('Bridges');
    await waitFor(async () => expect((await db.teacherDrafts.toArray()).map((record) => [record.draft.title, record.draft.description])).toEqual([['Bridges', '']]));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  });

  test('passages: ticking a sentence starts a new passage, so the statement is read in a shorter excerpt', async () => {
    const user = await newSet();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    await user.click(await screen.findByRole('button', { name: 'Make a statement from sentence 3' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sentence 3 starts a new passage' }));
    expect(screen.getByText('Passage 2')).toBeInTheDocument();
    await waitFor(async () => expect((await db.teacherDrafts.toArray())[0]?.draft.passageStarts).toEqual([0, 2]));
  });

  test('a save that fails says so, keeps what was typed on screen, and Try again stores it', async () => {
    const user = await newSet();
    const failing = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    db.teacherDrafts.hook('updating', failing);
    db.teacherDrafts.hook('creating', failing);
    await user.click(screen.getByLabelText('Title', { exact: true }));
    await user.paste('Bridges');
    expect(await screen.findByText('Not saved')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/storage|space|full/i);
    expect(screen.getByLabelText('Title', { exact: true })).toHaveValue('Bridges');
    expect((await db.teacherDrafts.toArray())[0]?.draft.title).toBe('');

    db.teacherDrafts.hook('updating').unsubscribe(failing);
    db.teacherDrafts.hook('creating').unsubscribe(failing);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect((await db.teacherDrafts.toArray())[0]?.draft.title).toBe('Bridges');
  });

  test('after "Make a statement" the new statement\'s text has the focus', async () => {
    const user = await newSet();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    await user.click(await screen.findByRole('button', { name: 'Make a statement from sentence 2' }));
    expect(within(statement(1)).getByLabelText('Text of statement 1')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Make a statement from sentence 3' }));
    expect(within(statement(2)).getByLabelText('Text of statement 2')).toHaveFocus();
  });

  test('"Kind of cue" is a labelled field that starts with no kind chosen, and marking asks for one first', async () => {
    const user = await newSet();
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(ARTICLE);
    await user.click(await screen.findByRole('button', { name: 'Make a statement from sentence 2' }));
    const kind = within(statement(1)).getByLabelText('Kind of cue') as HTMLSelectElement;
    expect(kind.value).toBe('');
    const text = within(statement(1)).getByLabelText('Text of statement 1') as HTMLTextAreaElement;
    text.setSelectionRange(0, 'According to the mayor'.length);
    await user.click(within(statement(1)).getByRole('button', { name: 'Mark the selected words as a cue' }));
    expect(within(statement(1)).getByText('Choose the kind of cue first, then mark the selected words.')).toBeInTheDocument();
    expect(within(statement(1)).queryByRole('button', { name: /^Remove cue/ })).toBeNull();
  });
});

describe('the set id', () => {
  test('follows the title as a readable slug, names the stored set and the address, and can be changed', async () => {
    const user = await newSet();
    const id = screen.getByLabelText('Set id') as HTMLInputElement;
    expect(id.value).toMatch(/^set-[0-9a-f]{8}$/);
    await user.click(screen.getByLabelText('Title', { exact: true }));
    await user.paste('The River Bridge (1932)');
    expect(id).toHaveValue('the-river-bridge-1932');
    await waitFor(async () => expect((await db.teacherDrafts.toArray()).map((record) => record.id)).toEqual(['the-river-bridge-1932']));
    expect(window.location.pathname).toBe('/teacher/sets/the-river-bridge-1932/edit');

    await user.clear(id);
    await user.type(id, 'bridges');
    await user.click(screen.getByLabelText('Title', { exact: true }));
    await user.paste(' again');
    expect(id).toHaveValue('bridges');
    await waitFor(async () => expect((await db.teacherDrafts.toArray()).map((record) => record.id)).toEqual(['bridges']));
    // Still the same editing session: undo history is kept.
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
  });

  test('an id another set has is refused under the field, and the draft is not stored over that set', async () => {
    db = freshDatabase();
    unlockTeacher();
    const user = userEvent.setup();
    const other = { ...smallQuiz(), id: 'bridges', title: 'Other bridges' };
    await renderApp(db, '/teacher', [other]);
    await user.click(await screen.findByRole('button', { name: 'New set from an article' }));
    await screen.findByRole('heading', { level: 1, name: 'Editing: Untitled set' });
    await user.click(screen.getByLabelText('Title', { exact: true }));
    await user.paste('Bridges');
    const id = screen.getByLabelText('Set id');
    expect(id).toHaveAccessibleDescription(expect.stringContaining('Another set on this device already has the id “bridges”: choose another.'));
    await waitFor(async () => expect((await db.teacherDrafts.toArray()).map((record) => record.draft.title)).toEqual(['Bridges']));
    expect((await db.quizSets.get('bridges'))?.quiz.title).toBe('Other bridges');
    expect((await db.teacherDrafts.toArray())[0]?.id).toMatch(/^set-[0-9a-f]{8}$/);
  });

  test('"New set from an article" and leaving without writing anything leaves no "Untitled set" behind', async () => {
    const user = await newSet();
    expect(await db.teacherDrafts.count()).toBe(1);
    await user.click(screen.getByRole('link', { name: "Back to the teacher's sets" }));
    await screen.findByRole('heading', { level: 1, name: "Teacher's sets" });
    expect(await screen.findByText(/^You have no sets of your own yet\./)).toBeInTheDocument();
    await waitFor(async () => expect(await db.teacherDrafts.count()).toBe(0));
    expect(screen.queryByText('Untitled set')).toBeNull();
  });
});
