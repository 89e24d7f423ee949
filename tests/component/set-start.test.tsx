import { afterEach, expect, test } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { freshDatabase } from '../unit/db-helpers';
import { smallQuiz } from '../fixtures/small-quiz';
import { renderApp } from './render-app';
import type { FcoDatabase } from '../../src/db/database';

let db: FcoDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

test("a set's title and description are marked with the set's language and direction, whatever the interface speaks", async () => {
  db = freshDatabase();
  const arabic = { ...smallQuiz(), id: 'arabic-set', title: 'مجموعة قصيرة', description: 'ثلاث عبارات.', language: 'ar' as const };
  await renderApp(db, '/sets/arabic-set', [arabic]);
  const title = await screen.findByRole('heading', { level: 1, name: 'مجموعة قصيرة' });
  expect(title).toHaveAttribute('lang', 'ar');
  expect(title).toHaveAttribute('dir', 'rtl');
  expect(screen.getByText('ثلاث عبارات.')).toHaveAttribute('dir', 'rtl');
  expect(document.documentElement).toHaveAttribute('dir', 'ltr');
});
