/** A learner's name: what the picker accepts. Names are told apart ignoring case and surrounding spaces. */
export const MAX_NAME_LENGTH = 40;

export type NameProblem = 'empty' | 'tooLong' | 'taken';

export function checkProfileName(name: string, others: readonly string[]): NameProblem | null {
  const clean = name.trim();
  if (!clean) return 'empty';
  if (clean.length > MAX_NAME_LENGTH) return 'tooLong';
  const folded = clean.toLocaleLowerCase();
  if (others.some((other) => other.trim().toLocaleLowerCase() === folded)) return 'taken';
  return null;
}
