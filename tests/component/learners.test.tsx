import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answerAndKeep, freshDatabase } from '../unit/db-helpers';
import { smallQuiz } from '../fixtures/small-quiz';
import { renderApp } from './render-app';
import type { FcoDatabase } from '../../src/db/database';
import { startAttempt } from '../../src/db/attempts';
import { createProfile, listProfiles } from '../../src/db/profiles';
import { lockTeacher, unlockTeacher } from '../../src/common/teacher-lock';
import { setTeacherPin, TEACHER_LOCK_KEY } from '../../src/db/teacher-lock';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  lockTeacher();
  db?.close();
});

describe('learners on a shared device', () => {
  test('the first start asks for a name and a picture; the learner then shows in the header', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/', [smallQuiz()], null);
    await screen.findByRole('heading', { level: 1, name: 'Welcome! What is your name?' });
    await user.click(screen.getByRole('button', { name: 'Start as this learner' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please type a name.');
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Zaynab زينب');
    await user.click(screen.getByRole('radio', { name: 'Turtle' }));
    await user.click(screen.getByRole('button', { name: 'Start as this learner' }));
    await screen.findByRole('heading', { level: 1, name: 'Practice sets' });
    expect(within(screen.getByRole('banner')).getByText('Learner: Zaynab زينب')).toBeInTheDocument();
    expect((await listProfiles(db)).map((profile) => [profile.name, profile.picture])).toEqual([['Zaynab زينب', 'turtle']]);
  });

  test('a teacher deletes a learner only after confirming', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await createProfile(db, { name: 'Ben', picture: 'fox' });
    await renderApp(db, '/learners/manage', [smallQuiz()], 'Ana');
    await screen.findByRole('heading', { name: 'Set a teacher PIN' });
    await user.type(screen.getByLabelText('New teacher PIN'), '4821');
    await user.type(screen.getByLabelText('The same PIN again'), '4821');
    await user.click(screen.getByRole('button', { name: 'Save the PIN and go on' }));
    await user.click(await screen.findByRole('button', { name: 'Delete Ben…' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Delete Ben and all of their answers from this device?');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await listProfiles(db)).map((profile) => profile.name)).toEqual(['Ana', 'Ben']);
    await user.click(screen.getByRole('button', { name: 'Delete Ben…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: /Ben/ })).toBeNull());
    expect(screen.getByRole('heading', { level: 2, name: /Ana/ })).toBeInTheDocument();
    expect((await listProfiles(db)).map((profile) => profile.name)).toEqual(['Ana']);
  });

  test('the progress screen shows the learner’s own answers as tables a screen reader can read', async () => {
    db = freshDatabase();
    await renderApp(db, '/progress', [smallQuiz()], 'Ana');
    await screen.findByRole('heading', { level: 1, name: 'Progress of Ana' });
    const ana = (await listProfiles(db))[0]!;
    const attempt = await startAttempt(db, {
      profileId: ana.id,
      setId: 'small-set',
      mode: 'test',
      items: ['i1', 'i2', 'i3'].map((itemId) => ({ setId: 'small-set', itemId })),
    });
    const chosen = ['fact', 'opinion', 'opinion'] as const;
    for (const [position, label] of chosen.entries()) {
      await answerAndKeep(db, { attempt, position, chosen: label, correct: position !== 1, advance: true });
    }
    expect(await screen.findByText('2 of 3 answers right (67%)')).toBeInTheDocument();
    const confusion = screen.getByRole('table', { name: 'What you chose for each label' });
    const claimRow = within(confusion).getByRole('row', { name: /^Attributed claim/ });
    expect(within(claimRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '0', '1']);
    const byLabel = screen.getByRole('table', { name: 'Right answers by label' });
    expect(within(within(byLabel).getByRole('row', { name: /^Fact/ })).getAllByRole('cell').map((cell) => cell.textContent), 'as on the summary screen').toEqual(['1 of 1', '100%']);
    const bySet = screen.getByRole('table', { name: 'By set' });
    expect(within(within(bySet).getByRole('row', { name: /^Small set/ })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3 of 3', '0', '0']);
    expect(screen.getByRole('img', { name: /^Share right on .*: 67%$/ })).toBeInTheDocument();
    const user = userEvent.setup();
    expect(screen.getByRole('checkbox', { name: /^Small set \(new answers, not yet shared\)$/ }), 'everything not yet shared is chosen').toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Show the QR codes' }));
    expect(await screen.findByRole('img', { name: 'QR code 1 of 1 with the results of Ana' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
    await user.click(screen.getByRole('button', { name: 'My teacher has scanned these' }));
    expect(await screen.findByRole('checkbox', { name: /^Small set \(already shared\)$/ })).not.toBeChecked();
    expect(screen.getByText('Everything is already shared. Tick a set to share it again.')).toBeInTheDocument();
  });

  test('My progress opened again shows the figures as they are now, never those of the last visit', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/progress', [smallQuiz()], 'Ana');
    await screen.findByRole('heading', { level: 1, name: 'Progress of Ana' });
    expect(screen.getByText(/^No answers yet/)).toBeInTheDocument();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'About' }));
    await screen.findByRole('heading', { level: 1, name: /^About/ });
    const ana = (await listProfiles(db))[0]!;
    const attempt = await startAttempt(db, { profileId: ana.id, setId: 'small-set', mode: 'practice', items: [{ setId: 'small-set', itemId: 'i1' }] });
    await answerAndKeep(db, { attempt, position: 0, chosen: 'fact', correct: true, advance: false });
    // Everything the screen draws is recorded, so that figures shown first and replaced by a later read are seen.
    const drawn: string[] = [];
    const observer = new MutationObserver(() => drawn.push(document.querySelector('main')?.textContent ?? ''));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    // Awaited inside act: the screen can suspend (its sets' files), and a synchronous act would leave its retry stranded.
    await act(async () => {
      await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'My progress' }));
    });
    await screen.findByText('1 of 1 answer right (100%)');
    observer.disconnect();
    expect(drawn.filter((text) => text.includes('No answers yet')), 'the figures of the first visit are never drawn again').toEqual([]);
    const shownFrom = drawn.findIndex((text) => text.includes('Progress of Ana'));
    expect(drawn.slice(shownFrom).filter((text) => text.includes('Loading')), 'once drawn, the screen is not hidden behind "Loading…" again').toEqual([]);
  });

  test('a student cannot manage learners without the teacher PIN, and the PIN is kept only as a salted hash', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await createProfile(db, { name: 'Ben', picture: 'fox' });
    await renderApp(db, '/learners/manage', [smallQuiz()], 'Ana');
    await user.type(await screen.findByLabelText('New teacher PIN'), '4821');
    await user.type(screen.getByLabelText('The same PIN again'), '4812');
    await user.click(screen.getByRole('button', { name: 'Save the PIN and go on' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The two PINs are not the same.');
    await user.clear(screen.getByLabelText('The same PIN again'));
    await user.type(screen.getByLabelText('The same PIN again'), '4821');
    await user.click(screen.getByRole('button', { name: 'Save the PIN and go on' }));
    await screen.findByRole('button', { name: 'Delete Ben…' });
    const stored = (await db.settings.get(TEACHER_LOCK_KEY))?.value ?? '';
    expect(stored).not.toContain('4821');
    expect(JSON.parse(stored)).toMatchObject({ salt: expect.any(String), hash: expect.any(String), iterations: expect.any(Number) });

    await user.click(screen.getByRole('button', { name: 'Lock teacher actions' }));
    expect(screen.queryByRole('button', { name: 'Delete Ben…' })).toBeNull();
    await user.type(await screen.findByLabelText('PIN'), '0000');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That PIN is not right.');
    expect(screen.queryByRole('button', { name: 'Delete Ben…' })).toBeNull();
    await user.type(screen.getByLabelText('PIN'), '4821');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('button', { name: 'Delete Ben…' })).toBeInTheDocument();
  });

  test('students still switch learners without any PIN, and switching locks teacher actions again', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await createProfile(db, { name: 'Ben', picture: 'fox' });
    await setTeacherPin(db, '4821');
    unlockTeacher();
    await renderApp(db, '/learners', [smallQuiz()], 'Ana');
    await user.click(await screen.findByRole('button', { name: 'I am Ben' }));
    await screen.findByRole('heading', { level: 1, name: 'Practice sets' });
    expect(await within(screen.getByRole('banner')).findByText('Learner: Ben')).toBeInTheDocument();
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Switch learner' }));
    await user.click(await screen.findByRole('link', { name: 'Manage learners (teacher)' }));
    expect(await screen.findByRole('heading', { name: 'Teacher PIN' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Ben…' })).toBeNull();
  });
});
