/** One statement of one set. */
export interface ItemRef {
  setId: string;
  itemId: string;
}

/** A statement's key in a map: its set and item ids joined by NUL, which no id may hold. */
export function statementKey(setId: string, itemId: string): string {
  return `${setId}\u0000${itemId}`;
}
