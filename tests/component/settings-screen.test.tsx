import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../unit/db-helpers';
import { renderApp } from './render-app';
import type { FcoDatabase } from '../../src/db/database';

let db: FcoDatabase;

function fakeStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

afterEach(() => {
  cleanup();
  db?.close();
  fakeStorage(undefined);
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('settings: storage on this device', () => {
  test('when storage is not persistent it says so, explains why backing up matters, and can ask again', async () => {
    let granted = false;
    const persist = vi.fn(async () => {
      granted = true;
      return true;
    });
    fakeStorage({ persisted: async () => granted, persist, estimate: async () => ({ usage: 1_400_000, quota: 2_000_000_000 }) });
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/settings');

    expect(await screen.findByText(/^Storage is not persistent/)).toBeInTheDocument();
    expect(screen.getByText(/That is why backing up matters/)).toBeInTheDocument();
    expect(screen.getByText('1.4 MB used of 2 GB available (0.07%)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ask the browser to keep the data' }));
    expect(persist).toHaveBeenCalledOnce();
    expect(await screen.findByText(/^Storage is persistent/)).toBeInTheDocument();
    expect(screen.queryByText(/That is why backing up matters/)).not.toBeInTheDocument();
  });

  test('a browser without the storage API gets the backup advice and no invented figures', async () => {
    fakeStorage(undefined);
    db = freshDatabase();
    await renderApp(db, '/settings');
    expect(await screen.findByText(/^This browser cannot promise to keep your answers/)).toBeInTheDocument();
    expect(screen.getByText(/That is why backing up matters/)).toBeInTheDocument();
    expect(screen.getByText('This browser does not tell how much space is used.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask the browser to keep the data' })).not.toBeInTheDocument();
  });
});

describe('settings: language', () => {
  test('choosing Arabic switches the whole interface to right to left and is remembered', async () => {
    db = freshDatabase();
    const user = userEvent.setup();
    await renderApp(db, '/settings');
    await user.click(await screen.findByRole('radio', { name: 'العربية' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'الإعدادات' })).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('radio', { name: 'العربية' })).toBeChecked();
    expect(localStorage.getItem('fco.language')).toBe('ar');
  });
});
