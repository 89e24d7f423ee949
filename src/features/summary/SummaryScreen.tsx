import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { LABELS } from '../../domain/quiz-schema';
import { summarize } from '../../domain/scoring';
import { loadAttempt } from '../../db/attempts';
import { useDb } from '../../common/database-context';
import { setIdsOf, useSets } from '../../common/use-sets';
import { resolveStatements } from '../../domain/set-library';
import { startAndOpen } from '../../common/start-attempt';
import { Link } from '../../common/Link';
import { navigate, paths } from '../../common/router';
import { StorageMessage } from '../../common/StorageMessage';
import { Explanation } from '../../common/play/Explanation';
import { LABEL_KEYS } from '../../common/play/label-text';
import { pseudoSetTitleKey } from '../../domain/pseudo-sets';
import { formatShare } from '../../common/format-number';

export function SummaryScreen({ attemptId }: { attemptId: string }) {
  const { t, i18n } = useTranslation('summary');
  const db = useDb();
  const stored = useLiveQuery(async () => (await loadAttempt(db, attemptId)) ?? null, [db, attemptId]);
  const sets = useSets(stored && stored.attempt.mode !== 'check-up' ? setIdsOf(stored.attempt.items) : []);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A check-up has no summary with its key: its report is the way to see how it went (its statements are not fetched).
  const checkUp = stored?.attempt.mode === 'check-up';
  const ready = stored !== undefined && sets !== undefined;
  useEffect(() => {
    if (checkUp) navigate(paths.checkUp(), { replace: true });
    else if (ready) heading.current?.focus();
  }, [ready, checkUp]);

  if (stored === undefined || sets === undefined || checkUp) return <p role="status">{t('app:common.loading')}</p>;
  const statements = stored ? resolveStatements(stored.attempt.items, sets) : null;
  if (!stored || !statements) {
    return (
      <section>
        <h1>{t('app:play.notFound')}</h1>
        <Link href={paths.home()}>{t('app:common.backHome')}</Link>
      </section>
    );
  }
  const { attempt, answers } = stored;
  const scored = answers.flatMap((answer) => {
    const statement = statements[answer.position];
    return statement ? [{ answer, statement, label: statement.item.label, correct: answer.correct }] : [];
  });
  const score = summarize(scored);
  const missed = scored.filter((entry) => !entry.correct);
  const pseudoTitle = pseudoSetTitleKey(attempt.setId);
  const title = pseudoTitle ? t(pseudoTitle, { ns: 'app' }) : (statements[0]?.quiz.title ?? '');
  const again = (refs: typeof attempt.items) => startAndOpen(db, attempt.profileId, attempt.setId, attempt.mode, refs).catch(setError);

  return (
    <section aria-labelledby="summary-title" className="summary">
      <h1 id="summary-title" tabIndex={-1} ref={heading}>
        {t('title', { title })}
      </h1>
      <p className="score">{t('score', { right: score.correct, total: score.total })}</p>
      {attempt.finishedAt === null ? <p>{t('unfinished')}</p> : null}

      <table className="by-label">
        <caption>{t('byLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('label')}</th>
            <th scope="col">{t('right')}</th>
            <th scope="col">{t('accuracy')}</th>
          </tr>
        </thead>
        <tbody>
          {LABELS.map((label) => {
            const tally = score.byLabel[label];
            return (
              <tr key={label}>
                <th scope="row">{t(LABEL_KEYS[label].name, { ns: 'app' })}</th>
                <td>{t('rightOf', { right: tally.correct, total: tally.total })}</td>
                <td>{tally.total ? formatShare(tally.correct, tally.total, i18n.language) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="actions">
        {missed.length ? (
          <button type="button" className="primary" onClick={() => void again(missed.map(({ statement }) => statement.ref))}>
            {t('tryMissed')}
          </button>
        ) : null}
        <button type="button" onClick={() => void again(attempt.items)}>
          {t('startOver')}
        </button>
        <Link className="button" href={paths.home()}>
          {t('app:common.backHome')}
        </Link>
      </div>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}

      <h2>{missed.length ? t('missed', { count: missed.length }) : t('noneMissed')}</h2>
      <ol className="missed">
        {missed.map(({ answer, statement }) => (
          <li key={answer.id}>
            <p>
              {t('youChose', { chosen: t(LABEL_KEYS[answer.chosen].name, { ns: 'app' }), answer: t(LABEL_KEYS[statement.item.label].name, { ns: 'app' }) })}
            </p>
            <Explanation statement={statement} />
          </li>
        ))}
      </ol>
      {attempt.mode === 'test' && scored.length > missed.length ? (
        <>
          <h2>{t('gotRight')}</h2>
          <ol className="got-right">
            {scored
              .filter((entry) => entry.correct)
              .map(({ answer, statement }) => (
                <li key={answer.id}>
                  <Explanation statement={statement} />
                </li>
              ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
