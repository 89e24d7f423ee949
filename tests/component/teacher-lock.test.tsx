import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import { smallQuiz } from '../fixtures/small-quiz';
import type { FcoDatabase } from '../../src/db/database';
import { lockTeacher } from '../../src/common/teacher-lock';
import { setTeacherPin } from '../../src/db/teacher-lock';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  lockTeacher();
  db?.close();
});

/** The app at `path` on a device whose teacher PIN is 4821, locked as in a new tab. */
async function openWithPin(path: string, sets: ReturnType<typeof smallQuiz>[] = []) {
  db = freshDatabase();
  await setTeacherPin(db, '4821');
  const user = userEvent.setup();
  await renderApp(db, path, sets);
  return user;
}

describe('the teacher lock', () => {
  test('deleting a set asks for the teacher PIN; cancelling keeps the set, the PIN deletes it', async () => {
    const user = await openWithPin('/teacher', [smallQuiz()]);
    const row = await screen.findByRole('listitem', { name: 'Small set' });
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.quizSets.get('small-set')).toBeDefined();

    await user.click(within(screen.getByRole('listitem', { name: 'Small set' })).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    const again = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
    await user.type(await within(again).findByLabelText('PIN'), '4821');
    await user.click(within(again).getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('“Small set” was deleted.')).toBeInTheDocument();
    expect(await db.quizSets.get('small-set')).toBeUndefined();

    // Unlocked, the library says so and locks again on request: the next change asks for the PIN.
    expect(screen.getByText('Teacher actions are unlocked in this tab until you lock them or a learner is chosen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lock teacher actions' }));
    expect(screen.queryByRole('button', { name: 'Lock teacher actions' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'New set from an article' }));
    expect(await screen.findByRole('dialog', { name: 'Teacher PIN needed' })).toBeInTheDocument();
  });

  test('class results and restoring a backup are behind the PIN', async () => {
    const user = await openWithPin('/class');
    await screen.findByRole('heading', { name: 'Teacher PIN' });
    expect(screen.queryByLabelText('Restore from a backup file')).toBeNull();
    expect(screen.queryByLabelText('Choose result files (you can pick many at once)')).toBeNull();
    await user.type(screen.getByLabelText('PIN'), '4821');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByLabelText('Restore from a backup file')).toBeInTheDocument();
  });

  test('importing a new set asks for the teacher PIN; cancelled, nothing is imported, with it the set is added', async () => {
    const user = await openWithPin('/teacher');
    const input = await screen.findByLabelText('Choose quiz files (.json)');
    const file = () => new File([JSON.stringify(smallQuiz())], 'small.json', { type: 'application/json' });
    await user.upload(input, file());
    const dialog = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('list', { name: 'Import results' })).toBeNull();
    expect(await db.quizSets.count()).toBe(0);

    await user.upload(input, file());
    const again = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
    await user.type(await within(again).findByLabelText('PIN'), '4821');
    await user.click(within(again).getByRole('button', { name: 'Unlock' }));
    expect(await within(await screen.findByRole('list', { name: 'Import results' })).findByRole('status')).toHaveTextContent('Small set');
    expect(await db.quizSets.get('small-set')).toBeDefined();
  });

  test('replacing a set with an imported file, or keeping both, asks for the teacher PIN again once locked; without it nothing is stored', async () => {
    const user = await openWithPin('/teacher', [smallQuiz()]);
    const input = await screen.findByLabelText('Choose quiz files (.json)');
    const second = new File([JSON.stringify({ ...smallQuiz(), title: 'Small set, second edition' })], 'again.json', { type: 'application/json' });
    await user.upload(input, second);
    const importing = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
    await user.type(await within(importing).findByLabelText('PIN'), '4821');
    await user.click(within(importing).getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('group', { name: 'Set id already taken: again.json' });
    // The tab is locked again (a learner chosen, say) while the choice waits; a classmate presses Replace.
    act(() => lockTeacher());
    const conflict = await screen.findByRole('group', { name: 'Set id already taken: again.json' });
    await user.click(within(conflict).getByRole('button', { name: 'Replace it' }));
    const dialog = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await db.quizSets.get('small-set'))?.quiz.title).toBe('Small set');
    // Keeping both stores a set students see too: it asks as well.
    await user.click(within(screen.getByRole('group', { name: 'Set id already taken: again.json' })).getByRole('button', { name: 'Keep both (store a copy)' }));
    const copying = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
    await user.click(await within(copying).findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.quizSets.count()).toBe(1);

    await user.click(within(screen.getByRole('group', { name: 'Set id already taken: again.json' })).getByRole('button', { name: 'Replace it' }));
    const again = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
    await user.type(await within(again).findByLabelText('PIN'), '4821');
    await user.click(within(again).getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('again.json: “Small set, second edition” replaced the set with the same id.')).toBeInTheDocument();
  });

  test('changing what students see (a new set, a copy, a new title, the editor) asks for the teacher PIN; without it nothing changes', async () => {
    const user = await openWithPin('/teacher', [smallQuiz()]);
    const row = await screen.findByRole('listitem', { name: 'Small set' });
    const drafts = await db.teacherDrafts.count();
    for (const action of [
      () => user.click(screen.getByRole('button', { name: 'New set from an article' })),
      () => user.click(within(screen.getByRole('listitem', { name: 'Small set' })).getByRole('button', { name: 'Duplicate' })),
      async () => {
        await user.click(within(screen.getByRole('listitem', { name: 'Small set' })).getByRole('button', { name: 'Rename' }));
        await user.type(screen.getByLabelText('New title'), ' (new)');
        await user.click(screen.getByRole('button', { name: 'Save title' }));
      },
    ]) {
      await action();
      const dialog = await screen.findByRole('dialog', { name: 'Teacher PIN needed' });
      await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    }
    expect(await db.teacherDrafts.count(), 'no draft was made').toBe(drafts);
    expect((await db.quizSets.toArray()).map((record) => record.quiz.title), 'no copy was made, the title is as it was').toEqual(['Small set']);
    expect(window.location.pathname).toBe('/teacher');

    await user.click(within(row).getByRole('link', { name: 'Edit' }));
    await screen.findByRole('heading', { level: 1, name: 'Editing sets needs the teacher PIN' });
    expect(screen.queryByLabelText('Title', { exact: true }), 'no field of the set before the PIN').toBeNull();
    await user.type(await screen.findByLabelText('PIN'), '4821');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Editing: Small set' })).toBeInTheDocument();
  });
});
