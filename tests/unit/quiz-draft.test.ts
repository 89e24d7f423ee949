import { describe, expect, test } from 'vitest';
import { checkDraft, draftFromQuiz, draftToQuiz, emptyDraft, isBlankDraft, passageRanges, type QuizDraft } from '../../src/domain/quiz-draft';
import { checkQuiz, formatProblem } from '../../src/domain/validate-quiz';
import { smallQuiz } from '../fixtures/small-quiz';

const ARTICLE = 'The bridge opened in 1932. According to the mayor, it is safe. It is the most beautiful bridge in the world. Dr. Smith said the U.S. built it.';

const draftWith = (over: Partial<QuizDraft>): QuizDraft => ({ ...draftFromQuiz(smallQuiz()), article: ARTICLE, passageStarts: [0], ...over });

describe('from draft to quiz', () => {
  test('editing a set keeps its level, and a check-up stays a check-up of its form', () => {
    const quiz = { ...smallQuiz(), level: 3 as const, purpose: 'check-up' as const, form: 'B' as const };
    expect(draftToQuiz(draftFromQuiz(quiz))).toMatchObject({ level: 3, purpose: 'check-up', form: 'B' });
  });

  test('passages are the sentence runs between the passage starts, and only runs holding a statement are kept', () => {
    expect(passageRanges(4, [0, 2])).toEqual([{ first: 0, last: 1 }, { first: 2, last: 3 }]);
    expect(passageRanges(4, [3, 9, -1])).toEqual([{ first: 0, last: 2 }, { first: 3, last: 3 }]);
    const draft = draftWith({ passageStarts: [0, 2, 3], items: [{ ...draftFromQuiz(smallQuiz()).items[2]!, text: 'It is the most beautiful bridge in the world.' }] });
    const quiz = draftToQuiz(draft) as { passages: { id: string; text: string }[]; items: { passage: string }[] };
    expect(quiz.passages).toEqual([{ id: 'p2', text: 'It is the most beautiful bridge in the world.' }]);
    expect(quiz.items[0]?.passage).toBe('p2');
  });

  test('a set opened in the editor and saved unchanged passes the same checks with the same statements and keys', () => {
    const check = checkQuiz(draftToQuiz(draftFromQuiz(smallQuiz())));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.quiz.items).toEqual(smallQuiz().items);
  });
});

describe('checking a half-written set', () => {
  test('an empty new set reports what is missing, located, and "no statement" once: not also "no passage"', () => {
    const check = checkDraft(emptyDraft('my-set'));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const paths = check.problems.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'description', 'source.title', 'source.publisher', 'source.date', 'source.licence.url', 'items']));
    expect(paths).not.toContain('passages');
    expect(check.problems.filter((problem) => problem.path === 'source.licence.url')).toHaveLength(1);
    expect(isBlankDraft(emptyDraft('my-set'))).toBe(true);
    expect(isBlankDraft({ ...emptyDraft('my-set'), article: 'The bridge opened in 1932.' })).toBe(false);
  });

  test('a misquoted statement and a cue not in its statement show before the credit is filled in or every label chosen', () => {
    const base = draftFromQuiz(smallQuiz());
    const draft = draftWith({
      title: '',
      source: { ...base.source, publisher: '' },
      items: [
        { ...base.items[0]!, label: null },
        { ...base.items[1]!, text: 'According to the mayor, it is very safe.' },
        { ...base.items[2]!, cues: [{ text: 'ugliest', kind: 'evaluative' }] },
      ],
    });
    const check = checkDraft(draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map(formatProblem)).toEqual([
      'title: must not be empty',
      'source.publisher: must not be empty',
      'items[0].label: expected "fact", "claim" or "opinion", got null',
      'items[1].text: not found in passage "p1"',
      'items[2].cues[0].text: "ugliest" is not in the statement',
    ]);
  });

  test('the meaning checks never invent a problem the file check would not report', () => {
    const draft = draftWith({});
    expect(checkDraft(draft)).toEqual(checkQuiz(draftToQuiz(draft)));
    expect(checkDraft(draft).ok).toBe(true);
  });
});
