import { StaleAttemptError } from '../db/attempts';

export type StorageProblem = 'full' | 'unavailable' | 'newerVersion' | 'movedOn' | 'unknown';

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
  if (['DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'MissingAPIError', 'UnknownError', 'BlockedError'].some((name) => names.has(name))) {
    return 'unavailable';
  }
  return 'unknown';
}
