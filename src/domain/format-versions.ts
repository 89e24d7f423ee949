/**
 * One released version of a file format (quiz files, results files). From the second version on, `upgrade` turns a
 * file of the version before into one of this version, filling in what this version added.
 */
export interface FormatVersion {
  version: number;
  upgrade?: (previous: Record<string, unknown>) => Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a file of any released version up to the newest, one version at a time, before the strict check.
 * Anything else (not an object, an unknown version) passes through unchanged for the check to refuse with its place.
 */
export function restoreVersion(data: unknown, versionField: string, versions: readonly FormatVersion[]): unknown {
  if (!isRecord(data)) return data;
  const from = data[versionField];
  if (!versions.some((entry) => entry.version === from)) return data;
  let file = data;
  for (const { version, upgrade } of versions) {
    if (version <= (from as number)) continue;
    file = { ...(upgrade ? upgrade(file) : file), [versionField]: version };
  }
  return file;
}
