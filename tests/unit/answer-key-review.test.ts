// @vitest-environment node
// Every practice set's and check-up form's key was checked by an independent second labeller who saw only the
// rubric and the statements in their passages (docs/answer-key-review/practice/<set>.json, check-up/<set>.json). Every disagreement is settled by
// the rubric, in writing: the key kept, changed, given a second accepted label, or the item dropped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

type Label = 'fact' | 'claim' | 'opinion';
interface QuizFile { id: string; purpose?: string; source: { publisher: string }; items: { id: string; label: Label; alsoAccept?: Label }[] }
interface Review {
  set: string;
  labels: { id: string; label: Label; alsoDefensible: Label | null; rule: string; confidence: string }[];
  settled: { id: string; keyBefore: Label; outcome: 'key kept' | 'key changed' | 'second label added' | 'item dropped'; why: string }[];
}

const quizDir = new URL('../../quizzes/', import.meta.url);
const reviewDirOf = (quiz: QuizFile) => (quiz.purpose === 'check-up' ? 'check-up' : 'practice');
const ownSets = readdirSync(quizDir)
  .filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json')
  .map((name) => JSON.parse(readFileSync(new URL(name, quizDir), 'utf8')) as QuizFile)
  .filter((quiz) => quiz.source.publisher !== 'Mehr News Agency');

/** Share of statements where the second labeller's main label matched the key as it stood when they labelled. */
function agreementBefore(review: Review, quiz: QuizFile): number {
  const keyNow = new Map(quiz.items.map((item) => [item.id, item.label]));
  const before = new Map(review.settled.map((entry) => [entry.id, entry.keyBefore]));
  const matched = review.labels.filter((entry) => (before.get(entry.id) ?? keyNow.get(entry.id)) === entry.label).length;
  return matched / review.labels.length;
}

describe.each(ownSets.map((quiz) => ({ id: quiz.id, quiz })))('$id', ({ quiz }) => {
  const file = new URL(`../../docs/answer-key-review/${reviewDirOf(quiz)}/${quiz.id}.json`, import.meta.url);

  test('has an independent second labelling of every statement', () => {
    expect(existsSync(file), `docs/answer-key-review/${reviewDirOf(quiz)}/${quiz.id}.json`).toBe(true);
    const review = JSON.parse(readFileSync(file, 'utf8')) as Review;
    const dropped = new Set(review.settled.filter((entry) => entry.outcome === 'item dropped').map((entry) => entry.id));
    expect(review.set).toBe(quiz.id);
    expect(review.labels.map((entry) => entry.id).filter((id) => !dropped.has(id)).sort()).toEqual(quiz.items.map((item) => item.id).sort());
  });

  test('every disagreement with the key is settled in writing, and the key now accepts what was settled', () => {
    const review = JSON.parse(readFileSync(file, 'utf8')) as Review;
    const settled = new Map(review.settled.map((entry) => [entry.id, entry]));
    for (const entry of review.labels) {
      const item = quiz.items.find((candidate) => candidate.id === entry.id);
      const decision = settled.get(entry.id);
      if (!item) {
        expect(decision?.outcome, `${entry.id} is gone from the set`).toBe('item dropped');
        continue;
      }
      if ((decision?.keyBefore ?? item.label) !== entry.label) {
        expect(decision, `${entry.id}: key ${item.label}, second labeller ${entry.label}`).toBeDefined();
        expect(decision!.why.trim().length).toBeGreaterThan(20);
      }
      if (decision?.outcome === 'second label added') expect([item.label, item.alsoAccept]).toContain(entry.label);
      if (decision?.outcome === 'key changed') expect(item.label).not.toBe(decision.keyBefore);
      if (decision?.outcome === 'key kept') expect(item.label).toBe(decision.keyBefore);
    }
    console.log(`${quiz.id}: agreement before settling ${(agreementBefore(review, quiz) * 100).toFixed(0)} % of ${review.labels.length}`);
  });
});
