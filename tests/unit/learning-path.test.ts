// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { inLanguage, planLearningPath, type PathSet } from '../../src/domain/learning-path';

const set = (id: string, language: string, level?: PathSet['level'], statements = 10): PathSet => ({ id, language, level, statements });
const sets = [
  set('al-bukamal-1', 'en', 6),
  set('en-2', 'en', 2),
  set('ar-1', 'ar', 1),
  set('en-1', 'en', 1),
  set('teacher-own', 'en'),
  set('es-1', 'es', 1),
  set('ar-2', 'ar-EG', 2),
];
const ids = (list: readonly PathSet[]) => list.map((entry) => entry.id);

describe('the learning path', () => {
  test('the learner\'s language first, in level order, sets without a level last; others grouped by language', () => {
    const plan = planLearningPath(sets, 'en-GB', new Map());
    expect(ids(plan.path)).toEqual(['en-1', 'en-2', 'al-bukamal-1', 'teacher-own']);
    expect(plan.elsewhere.map((group) => [group.language, ids(group.sets)])).toEqual([
      ['ar', ['ar-1', 'ar-2']],
      ['es', ['es-1']],
    ]);
  });

  test('a new learner starts at level 1', () => {
    const plan = planLearningPath(sets, 'ar', new Map());
    expect(plan.next?.id).toBe('ar-1');
    expect(plan.firstStep).toBe(true);
  });

  test('the next set is the first one not worked through; partly done sets come back first', () => {
    const half = planLearningPath(sets, 'en', new Map([['en-1', { seen: 4 }]]));
    expect([half.next?.id, half.firstStep]).toEqual(['en-1', false]);
    const done = planLearningPath(sets, 'en', new Map([['en-1', { seen: 10 }]]));
    expect(done.next?.id).toBe('en-2');
  });

  test('nothing is next once every set in the path has been worked through', () => {
    const all = new Map(sets.map((entry) => [entry.id, { seen: entry.statements }]));
    expect(planLearningPath(sets, 'es', all).next).toBeNull();
  });

  test('a language with no sets has an empty path and every set elsewhere', () => {
    const plan = planLearningPath(sets, 'fr', new Map());
    expect(plan.path).toEqual([]);
    expect(plan.next).toBeNull();
    expect(plan.elsewhere.flatMap((group) => ids(group.sets))).toHaveLength(sets.length);
  });
});

describe('drawing from the learner\'s language', () => {
  test('only that language\'s sets when it has any, else every set', () => {
    expect(ids(inLanguage(sets, 'ar', (entry) => entry.language))).toEqual(['ar-1', 'ar-2']);
    expect(inLanguage(sets, 'fr', (entry) => entry.language)).toHaveLength(sets.length);
  });
});
