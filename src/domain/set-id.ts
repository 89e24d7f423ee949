import { MAX_SET_ID_LENGTH, SET_ID } from './quiz-schema';

/** The id a new set has until the teacher gives it a title: `set-` and eight hex digits. */
export const PROVISIONAL_ID = /^set-[0-9a-f]{8}$/;

/** A readable set id from a title: "The River Bridge (1932)" → "the-river-bridge-1932". Empty when the title has no Latin letters or digits. */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SET_ID_LENGTH)
    .replace(/-+$/, '');
}

/**
 * The id after the title changes: while the id is still the provisional one or the one suggested
 * by the old title, it follows the new title; an id the teacher typed stays.
 */
export function idForTitle(currentId: string, oldTitle: string, newTitle: string): string {
  const follows = PROVISIONAL_ID.test(currentId) || currentId === slugFromTitle(oldTitle);
  if (!follows) return currentId;
  return slugFromTitle(newTitle) || currentId;
}

export function isSetId(id: string): boolean {
  return SET_ID.test(id) && id.length <= MAX_SET_ID_LENGTH;
}
