/** Pictures a learner can pick instead of reading their name; each has a translated name under `pictures.<id>`. */
export const PROFILE_PICTURES = [
  { id: 'fox', emoji: '🦊' },
  { id: 'owl', emoji: '🦉' },
  { id: 'turtle', emoji: '🐢' },
  { id: 'cat', emoji: '🐱' },
  { id: 'sun', emoji: '🌞' },
  { id: 'tree', emoji: '🌳' },
  { id: 'rocket', emoji: '🚀' },
  { id: 'star', emoji: '⭐' },
] as const;

export type ProfilePictureId = (typeof PROFILE_PICTURES)[number]['id'];

export function pictureFor(id: string): (typeof PROFILE_PICTURES)[number] {
  return PROFILE_PICTURES.find((picture) => picture.id === id) ?? PROFILE_PICTURES[0];
}
