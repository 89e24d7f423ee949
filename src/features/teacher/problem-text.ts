import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/validate-quiz';

/** Which number a list's index is shown as: `items[2]` is statement 3. */
const NUMBERED: Record<string, string> = { items: 'item', cues: 'cue', passages: 'passage', omitted: 'omitted' };

interface Place {
  /** Key under `places`, e.g. `items_cues_text`. */
  key: string;
  numbers: Record<string, number>;
}

function readPath(path: string): Place {
  const names: string[] = [];
  const numbers: Record<string, number> = {};
  let endsInIndex = false;
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) {
      const list = names.at(-1);
      if (list && NUMBERED[list]) numbers[NUMBERED[list]] = Number(index) + 1;
      endsInIndex = true;
    } else if (name !== undefined) {
      names.push(name);
      endsInIndex = false;
    }
  }
  return { key: names.length ? `${names.join('_')}${endsInIndex ? '_item' : ''}` : 'file', numbers };
}

const parentOf = (path: string) => path.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');

/** Problems of the quiz check in the teacher's language: where, in words, and what to do. */
export function useProblemText(): (problem: Problem) => string {
  const { t, i18n } = useTranslation('teacher');
  return useCallback(
    (problem: Problem) => {
      // "Unknown field" and "missing" name a field; the place is the part that holds it.
      const placePath = problem.code === 'unknownField' ? parentOf(problem.path) : problem.path;
      const place = readPath(placePath);
      let key = place.key;
      while (!i18n.exists(`teacher:places.${key}`) && key.includes('_')) key = key.slice(0, key.lastIndexOf('_'));
      const placeText = i18n.exists(`teacher:places.${key}`) ? t(`places.${key}`, place.numbers) : t('places.unknown', { path: placePath });
      const code = problem.code === 'notOneOf' && problem.path.endsWith('.label') ? 'notLabel' : problem.code;
      return t(`problems.${code}`, { ...problem.values, ...place.numbers, place: placeText });
    },
    [t, i18n],
  );
}
