import type { FcoDatabase } from './database';
import { pinWaitMs } from '../domain/pin-wait';

/** The settings row holding the teacher PIN's salted hash. */
export const TEACHER_LOCK_KEY = 'teacherLock';
const ITERATIONS = 200_000;
export const MIN_PIN_LENGTH = 4;

interface StoredLock {
  salt: string;
  hash: string;
  iterations: number;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hasTeacherPin(db: FcoDatabase): Promise<boolean> {
  return (await db.settings.get(TEACHER_LOCK_KEY)) !== undefined;
}

/** Stores a new PIN as a PBKDF2-SHA-256 hash with a random salt; the PIN itself is never stored. */
export async function setTeacherPin(db: FcoDatabase, pin: string): Promise<void> {
  if (pin.length < MIN_PIN_LENGTH) throw new Error(`a teacher PIN has at least ${MIN_PIN_LENGTH} characters`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, ITERATIONS);
  const value: StoredLock = { salt: toBase64(salt), hash: toBase64(hash), iterations: ITERATIONS };
  await db.transaction('rw', db.settings, () => db.settings.put({ key: TEACHER_LOCK_KEY, value: JSON.stringify(value) }));
}

/** The settings row counting wrong PINs in a row, so that guessing slows down even across reloads. */
const WRONG_TRIES_KEY = 'teacherLockWrongTries';

interface WrongTries {
  count: number;
  lastAt: number;
}

async function wrongTries(db: FcoDatabase): Promise<WrongTries> {
  const row = await db.settings.get(WRONG_TRIES_KEY);
  return row ? (JSON.parse(row.value) as WrongTries) : { count: 0, lastAt: 0 };
}

/** How long, in milliseconds, until the next PIN may be tried (0: now). */
export async function teacherPinWait(db: FcoDatabase, now = Date.now()): Promise<number> {
  const tries = await wrongTries(db);
  return Math.max(0, tries.lastAt + pinWaitMs(tries.count) - now);
}

/** True for the right PIN; a wrong one is counted, and while a wait runs no PIN is checked at all. */
export async function checkTeacherPin(db: FcoDatabase, pin: string, now = Date.now()): Promise<boolean> {
  const row = await db.settings.get(TEACHER_LOCK_KEY);
  if (!row || (await teacherPinWait(db, now)) > 0) return false;
  const stored = JSON.parse(row.value) as StoredLock;
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  const right = hash.length === expected.length && hash.every((byte, index) => byte === expected[index]);
  await db.transaction('rw', db.settings, async () => {
    if (right) await db.settings.delete(WRONG_TRIES_KEY);
    else {
      const tries = await wrongTries(db);
      await db.settings.put({ key: WRONG_TRIES_KEY, value: JSON.stringify({ count: tries.count + 1, lastAt: now }) });
    }
  });
  return right;
}
