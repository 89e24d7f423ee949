import { StaleAttemptError } from '../db/attempts';

/** `mayBeFull`: the browser gave no reason (Chromium on a really full disk reports only UnknownError or an abort). */
export type StorageProblem = 'full' | 'mayBeFull' | 'unavailable' | 'newerVersion' | 'movedOn' | 'unknown';

export function classifyStorageError(error: unknown): StorageProblem {
  if (error instanceof StaleAttemptError) return 'movedOn';
  const names = new Set<string>();
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const named = current as { name?: unknown; inner?: unknown };
    if (typeof named.name === 'string') names.add(named.name);
    current = named.inner;
  }
  if (names.has('QuotaExceededError')) return 'full';
  if (names.has('VersionError')) return 'newerVersion';
  if (['DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'MissingAPIError', 'BlockedError'].some((name) => names.has(name))) {
    return 'unavailable';
  }
  if (names.has('UnknownError') || names.has('AbortError')) return 'mayBeFull';
  return 'unknown';
}
