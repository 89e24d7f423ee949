import type { Label } from './quiz-schema';
import type { ReviewState, scheduleAnswer } from './scheduler';
import { dayKey } from './day-key';
import { countsAsPractice } from './check-up';

export type Schedule = typeof scheduleAnswer;

/** What the aggregates need of one stored answer. */
export interface AnswerFacts {
  profileId: string;
  setId: string;
  itemId: string;
  chosen: Label;
  correct: boolean;
  answeredAt: number;
  mode: string;
}

/** One learner's kept tally and review schedule for one statement, updated with every answer. */
export interface ReviewCard {
  profileId: string;
  setId: string;
  itemId: string;
  review: ReviewState;
  /** The due time while the statement waits for review; absent otherwise, so the index holds only waiting statements. */
  reviewDue?: number;
  answered: number;
  right: number;
  /** How often each label was chosen for this statement. */
  chosen: Record<Label, number>;
  lastAnsweredAt: number;
  /** Whether the latest answer (by time) was right. */
  lastCorrect: boolean;
}

/** One learner's answers on one local day, for the accuracy-over-time chart. */
export interface DayStat {
  profileId: string;
  day: string;
  answered: number;
  right: number;
}

/** The review card after one more answer to its statement. */
export function cardAfter(before: ReviewCard | undefined, answer: AnswerFacts, schedule: Schedule): ReviewCard {
  const review = schedule(before?.review, answer.correct, answer.answeredAt);
  const chosen = { fact: 0, claim: 0, opinion: 0, ...before?.chosen };
  chosen[answer.chosen] += 1;
  const card: ReviewCard = {
    profileId: answer.profileId,
    setId: answer.setId,
    itemId: answer.itemId,
    review,
    answered: (before?.answered ?? 0) + 1,
    right: (before?.right ?? 0) + (answer.correct ? 1 : 0),
    chosen,
    lastAnsweredAt: Math.max(before?.lastAnsweredAt ?? 0, answer.answeredAt),
    lastCorrect: before && before.lastAnsweredAt > answer.answeredAt ? before.lastCorrect : answer.correct,
  };
  if (review.needsReview) card.reviewDue = review.due;
  return card;
}

/** The day tally after one more answer on that day. */
export function dayAfter(before: DayStat | undefined, answer: AnswerFacts): DayStat {
  const stat = before ?? { profileId: answer.profileId, day: dayKey(answer.answeredAt), answered: 0, right: 0 };
  return { ...stat, answered: stat.answered + 1, right: stat.right + (answer.correct ? 1 : 0) };
}

/** The primary key of the review card an answer changes: learner, set, statement. */
export const cardKeyOf = (answer: Pick<AnswerFacts, 'profileId' | 'setId' | 'itemId'>): [string, string, string] => [answer.profileId, answer.setId, answer.itemId];

/** The primary key of the day tally an answer changes: learner and learning day. */
export const dayStatKeyOf = (answer: Pick<AnswerFacts, 'profileId' | 'answeredAt'>): [string, string] => [answer.profileId, dayKey(answer.answeredAt)];

/** The rows some answers change, as found before they are folded in: each read by cardKeyOf or dayStatKeyOf. */
export interface KeptAggregates {
  reviewCards: readonly ReviewCard[];
  dayStats: readonly DayStat[];
}

const keyText = (key: readonly string[]) => key.join('\u0000');

/**
 * The review cards and day tallies after folding these answers (taken oldest first, check-up answers left out) into
 * the rows kept before: only the rows they change. Folding an answer twice would count it twice; the caller folds
 * each once.
 */
export function foldAnswers(before: KeptAggregates, answers: readonly AnswerFacts[], schedule: Schedule): { reviewCards: ReviewCard[]; dayStats: DayStat[] } {
  const cards = new Map(before.reviewCards.map((card) => [keyText(cardKeyOf(card)), card]));
  const days = new Map(before.dayStats.map((day) => [keyText([day.profileId, day.day]), day]));
  const changedCards = new Set<string>();
  const changedDays = new Set<string>();
  for (const answer of answers.filter(countsAsPractice).sort((a, b) => a.answeredAt - b.answeredAt)) {
    const cardId = keyText(cardKeyOf(answer));
    cards.set(cardId, cardAfter(cards.get(cardId), answer, schedule));
    changedCards.add(cardId);
    const dayId = keyText(dayStatKeyOf(answer));
    days.set(dayId, dayAfter(days.get(dayId), answer));
    changedDays.add(dayId);
  }
  return { reviewCards: [...changedCards].map((id) => cards.get(id)!), dayStats: [...changedDays].map((id) => days.get(id)!) };
}

/** The review cards and day tallies that these answers (taken oldest first) build, one answer at a time. */
export function aggregatesFor(answers: readonly AnswerFacts[], schedule: Schedule): { reviewCards: ReviewCard[]; dayStats: DayStat[] } {
  return foldAnswers({ reviewCards: [], dayStats: [] }, answers, schedule);
}
