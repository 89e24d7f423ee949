import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { loadCheckUps, type StoredCheckUps } from '../db/check-ups';
import { checkUpOffer, isCheckUp, pickCheckUpForm, scoreCheckUps, toCheckUpAnswers, type CheckUpOffer, type CheckUpOutcome, type TakenCheckUp } from '../domain/check-up';
import type { CheckUpForm, Quiz } from '../domain/quiz-schema';
import { shuffled } from '../domain/shuffle';
import type { FcoDatabase } from '../db/database';
import { useDb } from './database-context';
import { useActiveProfileId } from './profile';
import { refsOf, startAndOpen } from './start-attempt';
import { useAllSets } from './use-sets';

export interface CheckUps {
  stored: StoredCheckUps;
  offer: CheckUpOffer | null;
  /** Scored from finished check-ups only, so a check-up still under way never shows as a result. */
  outcome: CheckUpOutcome;
  /** The check-up set Home would start for the offer, in the learner's language when there is one. */
  quizFor: (form: CheckUpForm) => Quiz | null;
}

/** The active learner's check-ups, their report and the offer Home makes (undefined while loading). */
export function useCheckUps(): CheckUps | undefined {
  const db = useDb();
  const profileId = useActiveProfileId();
  const { i18n } = useTranslation();
  const quizzes = useAllSets().map(({ quiz }) => quiz);
  const stored = useLiveQuery(() => loadCheckUps(db, profileId), [db, profileId]);
  if (!stored) return undefined;
  const checkUps = new Map(quizzes.filter(isCheckUp).map((quiz) => [quiz.id, quiz]));
  const taken: TakenCheckUp[] = stored.attempts.flatMap((attempt) => {
    const form = checkUps.get(attempt.setId)?.form;
    return form && attempt.finishedAt !== null ? [{ form, finishedAt: attempt.finishedAt }] : [];
  });
  const open = stored.attempts.filter((attempt) => attempt.finishedAt === null && attempt.abandonedAt === null && checkUps.has(attempt.setId)).at(-1);
  const quizFor = (form: CheckUpForm) => pickCheckUpForm(quizzes, i18n.language, form);
  const offer = checkUpOffer({
    learnerId: profileId,
    taken,
    open: open ? { attemptId: open.id, position: open.position, total: open.items.length } : null,
    skippedAt: stored.skippedAt,
    practiceSince: stored.practiceSince,
    teacherOfferedAt: stored.teacherOfferedAt,
  });
  const finished = new Set(stored.attempts.filter((attempt) => attempt.finishedAt !== null).map((attempt) => attempt.id));
  const outcome = scoreCheckUps(toCheckUpAnswers(stored.answers.filter((answer) => finished.has(answer.attemptId)), quizzes));
  return { stored, offer: offer && offer.kind !== 'continue' && !quizFor(offer.form) ? null : offer, outcome, quizFor };
}

/** Starts a check-up with its statements in an order drawn once for this attempt and stored with it. */
export function startCheckUp(db: FcoDatabase, profileId: string, quiz: Quiz): Promise<void> {
  return startAndOpen(db, profileId, quiz.id, 'check-up', shuffled(refsOf(quiz)));
}
