import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { advanceAttempt, loadAttempt, recordAnswer, type AttemptState } from '../../db/attempts';
import { loadScheduler } from '../../db/scheduler-loader';
import type { SessionSnapshot, SessionStore } from '../../machines/quiz-session.machine';
import { useDb } from '../../common/database-context';
import { setIdsOf, useSets } from '../../common/use-sets';
import { resolveStatements } from '../../domain/set-library';
import { navigate, paths } from '../../common/router';
import { Link } from '../../common/Link';
import { pseudoSetTitleKey } from '../../domain/pseudo-sets';
import { PlaySession } from '../../common/play/PlaySession';
import { CheckUpChanged } from '../../common/CheckUpChanged';
import { afterNextPaint } from '../../common/after-paint';
import { firstAttempt } from '../../common/first-reads';

/** A learner's session, stored in IndexedDB: the stored attempt, read through one live query, is the session. */
export function PlayScreen({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const [first] = useState(() => firstAttempt(attemptId));
  const stored = useLiveQuery(async () => (await loadAttempt(db, attemptId)) ?? null, [db, attemptId], first);
  const sets = useSets(stored ? setIdsOf(stored.attempt.items) : []);
  const held = stored?.attempt;
  const store = useMemo<SessionStore | null>(
    () =>
      held
        ? {
            answer: async (request) => {
              await recordAnswer(db, { attempt: held, ...request }, Date.now(), afterNextPaint);
            },
            advance: (fromPosition) => advanceAttempt(db, held.id, fromPosition),
          }
        : null,
    // What the store reads of the attempt never changes once it is started: a new read of it needs no new store.
    [db, held?.id],
  );
  const finished = stored ? stored.attempt.position >= stored.attempt.items.length : false;
  const checkUp = stored?.attempt.mode === 'check-up';
  useEffect(() => {
    void loadScheduler();
  }, []);
  useEffect(() => {
    if (finished) navigate(checkUp ? paths.checkUp() : paths.summary(attemptId), { replace: true });
  }, [finished, checkUp, attemptId]);

  if (stored === undefined || sets === undefined || finished) return <p role="status">{t('common.loading')}</p>;
  if (stored === null || store === null) return <Missing />;
  const statements = resolveStatements(stored.attempt.items, sets);
  const { attempt } = stored;
  const stillHere = sets.some((entry) => entry.quiz.id === attempt.setId);
  if (!statements) return attempt.mode === 'check-up' && attempt.finishedAt === null && stillHere ? <CheckUpChanged attemptId={attempt.id} setId={attempt.setId} level={1} /> : <Missing changed />;
  const pseudoTitle = pseudoSetTitleKey(attempt.setId);
  // A check-up has no page of its own to go back to (see SetStartScreen): its title leads Home.
  const ownTitle = attempt.mode === 'check-up' ? statements[0]?.quiz.title : pseudoTitle ? t(pseudoTitle) : null;
  const title = ownTitle ? <Link href={paths.home()}>{ownTitle}</Link> : <Link href={paths.set(attempt.setId)}>{statements[0]?.quiz.title}</Link>;
  return <PlaySession statements={statements} snapshot={snapshotOf(stored)} store={store} title={title} />;
}

function snapshotOf({ attempt, answers }: AttemptState): SessionSnapshot {
  const byPosition: SessionSnapshot['answers'][number][] = [];
  for (const answer of answers) byPosition[answer.position] = { chosen: answer.chosen, correct: answer.correct };
  return { mode: attempt.mode, position: attempt.position, answers: byPosition };
}

function Missing({ changed = false }: { changed?: boolean }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t(changed ? 'play.setChanged' : 'play.notFound')}</h1>
      <Link href={paths.home()}>{t('common.backHome')}</Link>
    </section>
  );
}
