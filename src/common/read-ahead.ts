import { use, useEffect, useRef } from 'react';
import { tracked } from '../domain/tracked-promise';
import { subscribeToPath } from './router';

const reads = new Map<string, Promise<unknown>>();
const NOTHING: Promise<undefined> = Object.assign(Promise.resolve(undefined), { status: 'fulfilled' as const, value: undefined });
// A read lives for one visit: the next screen opened, or this one opened again, reads anew (also after a failure).
subscribeToPath(() => reads.clear());

/**
 * A screen's first read, begun by its first render rather than by its live query's effect after a "Loading…" paint,
 * and kept across the renders React retries while it waits. Undefined once the screen has been shown: give the value
 * to the live query as its first result, and the live query keeps it current from there. A null key reads nothing
 * (what the read needs is not known yet).
 */
export function useFirstRead<T>(key: string | null, read: () => Promise<T>): T | undefined {
  const shown = useRef(false);
  let first = key === null ? undefined : (reads.get(key) as Promise<T> | undefined);
  if (key !== null && !shown.current && !first) {
    first = tracked(read());
    reads.set(key, first);
  }
  // use() is called on every render, as React asks: with nothing to wait for once the screen has been shown.
  const value = use(shown.current || !first ? NOTHING : first) as T | undefined;
  useEffect(() => {
    if (key === null) return;
    shown.current = true;
    reads.delete(key);
  }, [key]);
  return value;
}
