import type { Quiz, QuizItem } from './quiz-schema';
import type { ItemRef } from './statement-key';
import { isCheckUp } from './check-up';

export interface SetEntry {
  quiz: Quiz;
  bundled: boolean;
}

/** The teacher's own records whose id no bundled set has: a bundled set always wins its id. */
export function ownBesideBundled<T extends { id: string }>(bundled: readonly { id: string }[], own: readonly T[]): T[] {
  const bundledIds = new Set(bundled.map((set) => set.id));
  return own.filter((record) => !bundledIds.has(record.id));
}

/** Every set a learner can play: bundled first, then the teacher's own. */
export function mergeSets(bundled: readonly Quiz[], own: readonly { id: string; quiz: Quiz }[]): SetEntry[] {
  return [...bundled.map((quiz) => ({ quiz, bundled: true })), ...ownBesideBundled(bundled, own).map((record) => ({ quiz: record.quiz, bundled: false }))];
}

type PurposeOf = Pick<Quiz, 'purpose'>;

/** The sets a learner practises with (in full or as summaries): never a check-up, whose statements are kept to measure the skill. */
export function practiceSets<T extends { quiz: PurposeOf } | { summary: PurposeOf }>(sets: readonly T[]): T[] {
  return sets.filter((entry) => !isCheckUp('quiz' in entry ? entry.quiz : entry.summary));
}

export interface ResolvedStatement {
  ref: ItemRef;
  quiz: Quiz;
  item: QuizItem;
  passage: string;
}

/** The statements an attempt refers to, with their set and passage; null when any of them is no longer on the device. */
export function resolveStatements(refs: readonly ItemRef[], sets: readonly SetEntry[]): ResolvedStatement[] | null {
  const byId = new Map(sets.map((entry) => [entry.quiz.id, entry.quiz]));
  const resolved: ResolvedStatement[] = [];
  for (const ref of refs) {
    const quiz = byId.get(ref.setId);
    const item = quiz?.items.find((candidate) => candidate.id === ref.itemId);
    const passage = quiz?.passages.find((candidate) => candidate.id === item?.passage);
    if (!quiz || !item || !passage) return null;
    resolved.push({ ref, quiz, item, passage: passage.text });
  }
  return resolved;
}
