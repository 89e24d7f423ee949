/** Built by `bundledSetsPlugin` (src/content/bundled-sets-plugin.ts); typed in bundled-sets.ts. */
declare module 'virtual:bundled-sets' {
  export const bundledSummaries: readonly unknown[];
  export const bundledFiles: Readonly<Record<string, string>>;
}
