import { afterEach, expect, test } from 'vitest';
import { freshDatabase } from './db-helpers';
import { checkTeacherPin, setTeacherPin, teacherPinWait } from '../../src/db/teacher-lock';
import type { FcoDatabase } from '../../src/db/database';

let db: FcoDatabase;
afterEach(() => db?.close());

test('after three wrong PINs guessing slows down, doubling each time; the right PIN waits its turn, then clears the count', async () => {
  db = freshDatabase();
  await setTeacherPin(db, '4821');
  const t0 = 1_000_000;
  for (const guess of ['0000', '1111']) expect(await checkTeacherPin(db, guess, t0)).toBe(false);
  expect(await teacherPinWait(db, t0)).toBe(0);
  expect(await checkTeacherPin(db, '2222', t0)).toBe(false);
  expect(await teacherPinWait(db, t0)).toBe(5_000);
  expect(await checkTeacherPin(db, '4821', t0 + 4_000), 'even the right PIN is not checked during the wait').toBe(false);
  expect(await checkTeacherPin(db, '3333', t0 + 5_000)).toBe(false);
  expect(await teacherPinWait(db, t0 + 5_000)).toBe(10_000);
  expect(await checkTeacherPin(db, '4821', t0 + 15_000)).toBe(true);
  expect(await teacherPinWait(db, t0 + 15_000)).toBe(0);
  expect(await checkTeacherPin(db, '0000', t0 + 15_000)).toBe(false);
  expect(await teacherPinWait(db, t0 + 15_000), 'one wrong try after the right one: no wait yet').toBe(0);
});
