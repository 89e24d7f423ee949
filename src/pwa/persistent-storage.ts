export type Persistence = 'granted' | 'notGranted' | 'unsupported';

export interface StorageReport {
  persistence: Persistence;
  /** Bytes used and available to this app, when the browser tells. */
  usage: number | undefined;
  quota: number | undefined;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** Asks the browser to keep this app's data when space runs low. Resolves to whether it will. */
export async function requestPersistentStorage(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'notGranted';
  } catch {
    return 'notGranted';
  }
}

export async function readStorageReport(): Promise<StorageReport> {
  const storage = storageManager();
  let persistence: Persistence = 'unsupported';
  let usage: number | undefined;
  let quota: number | undefined;
  try {
    if (storage?.persisted) persistence = (await storage.persisted()) ? 'granted' : 'notGranted';
    if (storage?.estimate) ({ usage, quota } = await storage.estimate());
  } catch {
    // The report shows what could be read.
  }
  return { persistence, usage, quota };
}
