import { readFileSync } from 'node:fs';
import type { Label, Quiz } from '../../src/domain/quiz-schema';
import type { LabelName } from './pages/quiz-page';

export function readQuiz(id: string): Quiz {
  return JSON.parse(readFileSync(new URL(`../../quizzes/${id}.json`, import.meta.url), 'utf8')) as Quiz;
}

export const OPENING = 'al-bukamal-1-opening';

export const LABEL_NAMES: Record<Label, LabelName> = { fact: 'Fact', claim: 'Attributed claim', opinion: 'Opinion' };

/** A label the key does not accept for this item. */
export function wrongLabel(item: { label: Label; alsoAccept?: Label | undefined }): Label {
  return (['fact', 'claim', 'opinion'] as const).find((label) => label !== item.label && label !== item.alsoAccept) ?? 'fact';
}
