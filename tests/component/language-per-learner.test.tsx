import { afterEach, expect, test } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import type { FcoDatabase } from '../../src/db/database';
import { activeProfile, createProfile, setActiveProfile } from '../../src/db/profiles';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  db?.close();
  localStorage.clear();
});

test('each learner gets back the interface language they chose when the device switches to them', async () => {
  db = freshDatabase();
  const user = userEvent.setup();
  await renderApp(db, '/about', [], 'Ana');
  const ana = (await activeProfile(db))!;
  // Adding a learner makes them the active one; Ana is the learner at the device again.
  const ben = await createProfile(db, { name: 'Ben', picture: 'owl' });
  await setActiveProfile(db, ana.id);

  await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'es');
  await waitFor(() => expect(document.documentElement.lang).toBe('es'));
  await expect.poll(async () => (await db.profiles.get(ana.id))?.language).toBe('es');

  await setActiveProfile(db, ben.id);
  await waitFor(() => expect(screen.getByText(/Ben/)).toBeInTheDocument());
  expect(document.documentElement.lang).toBe('es');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'ar');
  await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));

  await setActiveProfile(db, ana.id);
  await waitFor(() => expect(document.documentElement.lang).toBe('es'));
  await setActiveProfile(db, ben.id);
  await waitFor(() => expect(document.documentElement.lang).toBe('ar'));
  await expect.poll(async () => (await db.profiles.get(ben.id))?.language).toBe('ar');
});
