/** Sessions drawn from many sets. Their answers count toward each statement's own set; their attempts keep these ids. */
export const REVIEW_SET_ID = 'review';
export const MIXED_SET_ID = 'mixed';

/** The title (a key in the app namespace) of a session drawn from many sets, or null for a set of its own. */
export function pseudoSetTitleKey(setId: string): 'reviewSession.title' | 'mixed.title' | null {
  if (setId === REVIEW_SET_ID) return 'reviewSession.title';
  if (setId === MIXED_SET_ID) return 'mixed.title';
  return null;
}
