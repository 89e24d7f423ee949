import type { Quiz } from '../domain/quiz-schema';

const files = import.meta.glob<Quiz>(['/quizzes/*.json', '!/quizzes/quiz.schema.json'], { import: 'default' });

let loaded: Promise<Quiz[]> | undefined;

/** The sets shipped in `quizzes/`, checked by the test suite at build time, in file-name order. */
export function loadBundledSets(): Promise<Quiz[]> {
  if (!loaded) {
    const promise = Promise.all(
      Object.keys(files)
        .sort()
        .map((path) => (files[path] as () => Promise<Quiz>)()),
    );
    // React's `use` reads these fields and renders at once, without suspending, once the sets are in.
    const tracked = promise as Promise<Quiz[]> & { status?: string; value?: Quiz[] };
    tracked.status = 'pending';
    void promise.then((value) => {
      tracked.status = 'fulfilled';
      tracked.value = value;
    });
    loaded = promise;
  }
  return loaded;
}
