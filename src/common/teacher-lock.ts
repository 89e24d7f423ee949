import { useSyncExternalStore } from 'react';

/**
 * Whether teacher actions are unlocked in this tab. Kept in memory only: a reload, a new tab or a learner
 * switching in locks them again.
 */
let unlocked = false;
let request: ((granted: boolean) => void) | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function unlockTeacher(): void {
  unlocked = true;
  request?.(true);
  request = null;
  notify();
}

export function lockTeacher(): void {
  unlocked = false;
  notify();
}

export function cancelTeacherRequest(): void {
  request?.(false);
  request = null;
  notify();
}

/** Resolves true once the teacher PIN is entered (at once when already unlocked), false when cancelled. */
export function requireTeacher(): Promise<boolean> {
  if (unlocked) return Promise.resolve(true);
  request?.(false);
  return new Promise((resolve) => {
    request = resolve;
    notify();
  });
}

export function useTeacherUnlocked(): boolean {
  return useSyncExternalStore(subscribe, () => unlocked);
}

export function useTeacherRequested(): boolean {
  return useSyncExternalStore(subscribe, () => request !== null);
}
