import { useEffect } from 'react';
import { tracked, type Tracked } from '../domain/tracked-promise';

const reads = new Map<string, Tracked<unknown>>();

/**
 * A screen's first read, begun by its first render rather than by its live query's effect after a "Loading…" paint,
 * and kept across the renders React retries while it waits: read it with `use`, give it to the live query as its
 * first value, and call `useReadShown` so that the next visit reads anew.
 */
export function readAhead<T>(key: string, read: () => Promise<T>): Promise<T> {
  let found = reads.get(key) as Tracked<T> | undefined;
  if (!found) {
    found = tracked(read());
    reads.set(key, found);
  }
  return found;
}

/** Once the screen is shown, its live query keeps it current: the read made ahead is forgotten. */
export function useReadShown(key: string): void {
  useEffect(() => {
    reads.delete(key);
  }, [key]);
}
