import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import { smallQuiz } from '../fixtures/small-quiz';
import type { FcoDatabase } from '../../src/db/database';
import { saveDraft } from '../../src/db/quiz-sets';
import { draftFromQuiz } from '../../src/domain/quiz-draft';
import { lockTeacher, unlockTeacher } from '../../src/common/teacher-lock';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  lockTeacher();
  db?.close();
});

async function openLibrary(sets = [smallQuiz()]) {
  db = freshDatabase();
  // These tests are about the library; the teacher lock has its own (teacher-lock.test.tsx).
  unlockTeacher();
  // Drag-and-drop takes any file, whatever the picker's accept list says.
  const user = userEvent.setup({ applyAccept: false });
  await renderApp(db, '/teacher', sets);
  await screen.findByRole('heading', { level: 1, name: "Teacher's sets" });
  return user;
}

const jsonFile = (name: string, content: unknown) => new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });
const ownSet = (title: string) => screen.getByRole('listitem', { name: title });

describe('the teacher library', () => {
  test('lists bundled sets read-only and own sets editable; Duplicate makes an editable copy', async () => {
    const user = await openLibrary();
    const own = await screen.findByRole('listitem', { name: 'Small set' });
    expect(within(own).getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    const bundledList = screen.getByRole('heading', { name: 'Sets that come with the app' }).parentElement!;
    const firstBundled = within(bundledList).getAllByRole('listitem')[0]!;
    expect(within(firstBundled).queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(within(firstBundled).queryByRole('button', { name: 'Delete' })).toBeNull();
    await user.click(within(firstBundled).getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Editing: .* \(copy\)$/ })).toBeInTheDocument();
    expect((await db.quizSets.toArray()).map((record) => record.id)).toContain('al-bukamal-1-opening-copy');
  });

  test('delete asks first, and undo brings the set back', async () => {
    const user = await openLibrary();
    await user.click(within(await screen.findByRole('listitem', { name: 'Small set' })).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Small set”? Students will no longer see it.' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await db.quizSets.count()).toBe(1);
    await user.click(within(ownSet('Small set')).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('“Small set” was deleted.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Small set' })).toBeNull());
    expect(await db.quizSets.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem', { name: 'Small set' })).toBeInTheDocument();
    expect((await db.quizSets.get('small-set'))?.quiz).toEqual(smallQuiz());
  });

  test('an own set whose latest edits fail the checks says that students still see the last good version', async () => {
    await openLibrary();
    const own = await screen.findByRole('listitem', { name: 'Small set' });
    expect(within(own).queryByText(/students still see the last version/)).toBeNull();
    await saveDraft(db, { ...draftFromQuiz(smallQuiz()), description: '' });
    expect(await within(own).findByText('Your latest edits do not pass the checks yet; students still see the last version that did.')).toBeInTheDocument();
    expect((await db.quizSets.get('small-set'))?.quiz.description).toBe(smallQuiz().description);
  });

  test('rename', async () => {
    const user = await openLibrary();
    await user.click(within(await screen.findByRole('listitem', { name: 'Small set' })).getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('New title');
    await user.clear(field);
    await user.type(field, 'Bridges{Enter}');
    expect(await screen.findByRole('listitem', { name: 'Bridges' })).toBeInTheDocument();
    expect((await db.quizSets.get('small-set'))?.quiz.title).toBe('Bridges');
  });
});

describe('importing quiz files', () => {
  test('a broken file is refused with located problems and nothing of it is stored; a good one beside it comes in', async () => {
    const user = await openLibrary([]);
    const broken = { ...smallQuiz(), id: 'broken-set', items: smallQuiz().items.map((item, index) => (index === 1 ? { ...item, label: 'fakt' } : item)) };
    const good = { ...smallQuiz(), id: 'good-set', title: 'Good set' };
    await user.upload(screen.getByLabelText('Choose quiz files (.json)'), [jsonFile('broken.json', broken), jsonFile('good.json', good)]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json was refused, nothing of it was stored. 1 problem:');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Statement 2 has the label "fakt", which is not a label: choose Fact (“fact”), Attributed claim (“claim”) or Opinion (“opinion”). (in the file: items[1].label)',
    );
    expect(screen.getByText('good.json: “Good set” was imported.')).toBeInTheDocument();
    expect((await db.quizSets.toArray()).map((record) => record.id)).toEqual(['good-set']);
  });

  test('the import area names its one control once: no second "Choose Files" name beside it', async () => {
    await openLibrary([]);
    const region = screen.getByRole('region', { name: 'Import quiz files' });
    expect(within(region).getAllByLabelText('Choose quiz files (.json)')).toHaveLength(1);
    const named = [...region.querySelectorAll('input, button, select, textarea, [role="button"]')];
    expect(named).toHaveLength(1);
    // The visible words are the control's name, not a second text read beside it.
    expect(within(region).getByText('Choose quiz files (.json)')).toHaveAttribute('aria-hidden', 'true');
  });

  test('a file with invalid UTF-8 is refused with where the broken byte is, and nothing is stored with U+FFFD in it', async () => {
    const user = await openLibrary([]);
    const text = JSON.stringify({ ...smallQuiz(), id: 'latin1-set' }, null, 2);
    const [before, after] = text.split('Small set');
    const encoded = new Uint8Array([...new TextEncoder().encode(`${before}Caf`), 0xe9, ...new TextEncoder().encode(`${after}`)]);
    await user.upload(screen.getByLabelText('Choose quiz files (.json)'), [new File([encoded], 'latin1.json', { type: 'application/json' })]);
    const line = (before ?? '').split('\n').length;
    const column = ((before ?? '').split('\n').at(-1) ?? '').length + 4;
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `latin1.json is not UTF-8 text: the first broken character is at line ${line}, column ${column}. Save the file as UTF-8 and choose it again.`,
    );
    expect(await db.quizSets.toArray()).toEqual([]);
  });

  test('not a quiz file (wrong JSON, a picture) gets a message; text from a file is shown as text, never HTML', async () => {
    const user = await openLibrary([]);
    const html = { ...smallQuiz(), id: 'html-set', title: '<img src=x onerror=alert(1)>' };
    await user.upload(screen.getByLabelText('Choose quiz files (.json)'), [
      jsonFile('notes.json', '{"title": "half'),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], 'photo.png', { type: 'image/png' }),
      jsonFile('html.json', html),
    ]);
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      'notes.json was refused, nothing of it was stored. 1 problem:The file is not valid JSON: it goes wrong at line 1, column 11.',
      'photo.png is not a text file (a picture or other binary file?).',
    ]);
    expect(screen.getByText('html.json: “<img src=x onerror=alert(1)>” was imported.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect((await db.quizSets.toArray()).map((record) => record.id)).toEqual(['html-set']);
  });

  test('a set id that exists: replace, keep both, or cancel', async () => {
    const user = await openLibrary();
    const input = screen.getByLabelText('Choose quiz files (.json)');
    const second = { ...smallQuiz(), title: 'Small set, second edition' };

    await user.upload(input, jsonFile('again.json', second));
    let conflict = await screen.findByRole('group', { name: 'Set id already taken: again.json' });
    expect(conflict).toHaveTextContent('a set with the id “small-set” already exists (“Small set”)');
    await user.click(within(conflict).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('again.json: not imported.')).toBeInTheDocument();
    expect((await db.quizSets.toArray()).map((record) => record.quiz.title)).toEqual(['Small set']);

    await user.upload(input, jsonFile('again.json', second));
    conflict = await screen.findByRole('group', { name: 'Set id already taken: again.json' });
    await user.click(within(conflict).getByRole('button', { name: 'Keep both (store a copy)' }));
    expect(await screen.findByText('again.json: kept both — the file\'s set was stored as “Small set, second edition (copy)” (id small-set-copy).')).toBeInTheDocument();

    await user.upload(input, jsonFile('again.json', second));
    conflict = await screen.findByRole('group', { name: 'Set id already taken: again.json' });
    await user.click(within(conflict).getByRole('button', { name: 'Replace it' }));
    expect(await screen.findByText('again.json: “Small set, second edition” replaced the set with the same id.')).toBeInTheDocument();
    const stored = await db.quizSets.orderBy('id').toArray();
    expect(stored.map((record) => [record.id, record.quiz.title])).toEqual([
      ['small-set', 'Small set, second edition'],
      ['small-set-copy', 'Small set, second edition (copy)'],
    ]);
  });

  test('files dropped on the drop zone are imported the same way', async () => {
    await openLibrary([]);
    const zone = screen.getByText(/^Or drop one or more files here/).parentElement!;
    const files = [jsonFile('dropped.json', { ...smallQuiz(), id: 'dropped-set', title: 'Dropped set' })];
    fireEvent.dragOver(zone, { dataTransfer: { files, types: ['Files'] } });
    fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } });
    expect(await screen.findByText('dropped.json: “Dropped set” was imported.')).toBeInTheDocument();
    expect((await db.quizSets.toArray()).map((record) => record.id)).toEqual(['dropped-set']);
  });
});
