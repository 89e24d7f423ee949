import type { Level } from './quiz-schema';

export interface PathSet {
  id: string;
  language: string;
  level?: Level;
  statements: number;
}

export interface PathProgress {
  /** Statements answered at least once. */
  seen: number;
}

export interface LanguageGroup<T extends PathSet> {
  language: string;
  sets: T[];
}

export interface LearningPath<T extends PathSet> {
  /** The learner's language: the graded path in level order, then sets without a level. */
  path: T[];
  /** The set to take next in the path, or null when every set in it has been worked through. */
  next: T | null;
  /** True while nothing in the path has been answered yet: the next set is where to start. */
  firstStep: boolean;
  /** Sets in every other language, one group per language, each in level order. */
  elsewhere: LanguageGroup<T>[];
}

const baseOf = (language: string): string => language.split('-')[0]?.toLowerCase() ?? language;

/** Levels first (1 to 6), sets without a level after them; the given order breaks ties. */
function byLevel<T extends PathSet>(sets: readonly T[]): T[] {
  return sets
    .map((set, order) => ({ set, order }))
    .sort((a, b) => (a.set.level ?? Infinity) - (b.set.level ?? Infinity) || a.order - b.order)
    .map(({ set }) => set);
}

/** Orders sets for a learner who reads `language`, and picks the first set not yet worked through. */
export function planLearningPath<T extends PathSet>(
  sets: readonly T[],
  language: string,
  progress: ReadonlyMap<string, PathProgress>,
): LearningPath<T> {
  const mine = baseOf(language);
  const path = byLevel(sets.filter((set) => baseOf(set.language) === mine));
  const seen = (set: T) => progress.get(set.id)?.seen ?? 0;
  const next = path.find((set) => seen(set) < set.statements) ?? null;
  const others = new Map<string, T[]>();
  for (const set of sets) {
    const code = baseOf(set.language);
    if (code !== mine) others.set(code, [...(others.get(code) ?? []), set]);
  }
  return {
    path,
    next,
    firstStep: path.every((set) => seen(set) === 0),
    elsewhere: [...others.entries()].map(([code, group]) => ({ language: code, sets: byLevel(group) })),
  };
}

/** The sets a learner draws mixed practice and review from by default: their language's, when there are any. */
export function inLanguage<T>(sets: readonly T[], language: string, languageOf: (set: T) => string): T[] {
  const mine = sets.filter((set) => baseOf(languageOf(set)) === baseOf(language));
  return mine.length ? mine : [...sets];
}
