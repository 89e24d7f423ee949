import type { Schedule } from '../domain/answer-aggregates';

let loaded: Promise<Schedule> | undefined;

/**
 * The review scheduler (ts-fsrs) loads on the first answer rather than with the student path.
 * Load it before opening a transaction: awaiting anything but IndexedDB inside one would end it.
 */
export function loadScheduler(): Promise<Schedule> {
  loaded ??= import('../domain/scheduler').then((module) => module.scheduleAnswer);
  return loaded;
}
