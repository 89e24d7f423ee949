/** Built by `bundledSetsPlugin` (src/content/bundled-sets-plugin.ts); typed in bundled-sets.ts. */
declare module 'virtual:bundled-sets' {
  export const bundledSummaries: readonly unknown[];
  export const bundledFiles: Readonly<Record<string, string>>;
}

/** Built by `bundledSetsPlugin`: each bundled set's description, by set id (only a set's own page shows it). */
declare module 'virtual:bundled-descriptions' {
  export const bundledDescriptions: Readonly<Record<string, string>>;
}
