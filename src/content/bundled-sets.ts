import type { Quiz } from '../domain/quiz-schema';

const files = import.meta.glob<Quiz>(['/quizzes/*.json', '!/quizzes/quiz.schema.json'], { import: 'default' });

let loaded: Promise<Quiz[]> | undefined;

/** The sets shipped in `quizzes/`, checked by the test suite at build time, in file-name order. */
export function loadBundledSets(): Promise<Quiz[]> {
  loaded ??= Promise.all(
    Object.keys(files)
      .sort()
      .map((path) => (files[path] as () => Promise<Quiz>)()),
  );
  return loaded;
}
