import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { loadCheckUps, restartCheckUp, type StoredCheckUps } from '../db/check-ups';
import { isCheckUp } from '../domain/check-up';
import { scoreCheckUps, type CheckUpOutcome } from '../domain/check-up-score';
import { checkUpOffer, pickCheckUpForm, toCheckUpAnswers, type CheckUpOffer, type TakenCheckUp } from '../domain/check-up-offer';
import type { CheckUpForm } from '../domain/quiz-schema';
import { shuffled } from '../domain/shuffle';
import type { SetSummary } from '../content/set-summary';
import type { FcoDatabase } from '../db/database';
import { useDb } from './database-context';
import { useActiveProfileId } from './profile';
import { refsOf, startAndOpen } from './start-attempt';
import { loadSets, useSetSummaries } from './use-sets';
import { resolveStatements } from '../domain/set-library';
import { navigate, paths } from './router';
import { idsKey, idsOf } from './ids-key';

export interface CheckUps {
  stored: StoredCheckUps;
  offer: CheckUpOffer | null;
  /** Scored from finished check-ups only, so a check-up still under way never shows as a result. */
  outcome: CheckUpOutcome;
  /** The check-up set Home would start for the offer, in the learner's language when there is one. */
  setFor: (form: CheckUpForm) => SetSummary | null;
}

/** The active learner's check-ups, their report and the offer Home makes (undefined while loading). */
export function useCheckUps(): CheckUps | undefined {
  const db = useDb();
  const profileId = useActiveProfileId();
  const { i18n } = useTranslation();
  const summaries = useSetSummaries();
  const checkUps = new Map(summaries.flatMap(({ summary }) => (isCheckUp(summary) ? [[summary.id, summary] as const] : [])));
  const checkUpIds = idsKey([...checkUps.keys()]);
  // A live query shows its last result while it reads for new inputs (another learner, other sets): that is still loading.
  const storedKey = `${profileId}\u0000${checkUpIds}`;
  const read = useLiveQuery(async () => ({ key: storedKey, stored: await loadCheckUps(db, profileId, idsOf(checkUpIds)) }), [db, profileId, checkUpIds]);
  const stored = read?.key === storedKey ? read.stored : undefined;
  const open = stored?.attempts.filter((attempt) => attempt.finishedAt === null && attempt.abandonedAt === null && checkUps.has(attempt.setId)).at(-1);
  // Only the check-up sets this learner has answered in (or has one open in) are fetched in full: to judge the answers
  // by their key, and to tell whether an open check-up still matches its form.
  const answeredKey = stored ? idsKey([...stored.answers.map((answer) => answer.setId), ...(open ? [open.setId] : [])].filter((id) => checkUps.has(id))) : null;
  const answered = useLiveQuery(
    async () => (answeredKey === null ? undefined : { key: answeredKey, quizzes: (await loadSets(db, idsOf(answeredKey))).map(({ quiz }) => quiz) }),
    [db, answeredKey],
  );
  const answeredSets = answered?.key === answeredKey ? answered.quizzes : undefined;
  if (!stored || !answeredSets) return undefined;
  const taken: TakenCheckUp[] = stored.attempts.flatMap((attempt) => {
    const form = checkUps.get(attempt.setId)?.form;
    return form && attempt.finishedAt !== null ? [{ form, finishedAt: attempt.finishedAt }] : [];
  });
  // The second check-up is in the first one's language, so both sides compare the same thing (and the class view pairs them).
  const firstTaken = stored.attempts.find((attempt) => attempt.finishedAt !== null && checkUps.has(attempt.setId));
  const language = firstTaken ? checkUps.get(firstTaken.setId)!.language : i18n.language;
  const setFor = (form: CheckUpForm) => pickCheckUpForm([...checkUps.values()], language, form);
  const offer = checkUpOffer({
    learnerId: profileId,
    taken,
    open: open ? { attemptId: open.id, position: open.position, total: open.items.length } : null,
    skippedAt: stored.skippedAt,
    practiceSince: stored.practiceSince,
    practisedBefore: stored.practisedBefore,
    teacherOfferedAt: stored.teacherOfferedAt,
  });
  const finished = new Set(stored.attempts.filter((attempt) => attempt.finishedAt !== null).map((attempt) => attempt.id));
  const outcome = scoreCheckUps(toCheckUpAnswers(stored.answers.filter((answer) => finished.has(answer.attemptId)), answeredSets), () => ({
    before: stored.practisedBefore,
    between: stored.practiceSince,
  }));
  const changed = open && !resolveStatements(open.items, answeredSets.map((quiz) => ({ quiz, bundled: false })));
  const shown: CheckUpOffer | null = changed ? { kind: 'restart', attemptId: open.id, setId: open.setId } : offer && offer.kind !== 'continue' && !setFor(offer.form) ? null : offer;
  return { stored, offer: shown, outcome, setFor };
}

/**
 * Starts again a check-up whose form changed in an app update: the unfinished attempt is thrown away and the form's
 * statements, as they are now, drawn in a new order.
 */
export async function startCheckUpAgain(db: FcoDatabase, attemptId: string, setId: string): Promise<void> {
  const [entry] = await loadSets(db, [setId]);
  if (!entry) throw new Error(`The set ${setId} is no longer on this device.`);
  const attempt = await restartCheckUp(db, attemptId, shuffled(refsOf(entry.quiz)));
  navigate(paths.play(attempt.id));
}

/** Starts a check-up (fetching its statements) with them in an order drawn once for this attempt and stored with it. */
export async function startCheckUp(db: FcoDatabase, profileId: string, setId: string): Promise<void> {
  const [entry] = await loadSets(db, [setId]);
  if (!entry) throw new Error(`The set ${setId} is no longer on this device.`);
  await startAndOpen(db, profileId, setId, 'check-up', shuffled(refsOf(entry.quiz)));
}
