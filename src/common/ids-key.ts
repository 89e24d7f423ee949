/** A list of ids as one string a live query can depend on (order and repeats do not matter), and back. */
export const idsKey = (ids: readonly string[]): string => [...new Set(ids)].sort().join('\u0000');
export const idsOf = (key: string): string[] => (key ? key.split('\u0000') : []);
