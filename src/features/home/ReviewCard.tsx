import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../common/database-context';
import { useActiveProfileId } from '../../common/profile';
import { startAndOpen } from '../../common/start-attempt';
import { resolveStatements } from '../../domain/set-library';
import { loadSets, setIdsOf, type SummaryEntry } from '../../common/use-sets';
import { inLanguage } from '../../domain/learning-path';
import type { SetProgress } from '../../db/progress';
import { dueReviews } from '../../db/aggregates';
import { REVIEW_SET_ID } from '../../domain/pseudo-sets';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { StorageMessage } from '../../common/StorageMessage';
import './review.css';

/** Home's way into spaced review: statements answered wrongly, back when the scheduler says they are due. */
export function ReviewCard({ sets, progress }: { sets: readonly SummaryEntry[]; progress: SetProgress | undefined }) {
  const { t, i18n } = useTranslation('review');
  const db = useDb();
  const profileId = useActiveProfileId();
  const [error, setError] = useState<unknown>(null);
  const [everyLanguage, setEveryLanguage] = useState(false);
  const waiting = useLiveQuery(() => dueReviews(db, profileId), [db, profileId]);
  const open = progress?.openAttempt;
  if (waiting === undefined) return null;
  const known = new Set(sets.map(({ summary }) => summary.id));
  const dueEverywhere = waiting.filter((ref) => known.has(ref.setId));
  const mine = new Set(inLanguage(sets, i18n.language, (entry) => entry.summary.language).map((entry) => entry.summary.id));
  const dueMine = dueEverywhere.filter((ref) => mine.has(ref.setId));
  const due = everyLanguage ? dueEverywhere : dueMine;

  // Only the sets with statements due are fetched, when the learner starts; a statement gone from its set is left out.
  const start = async () => {
    const dueSets = await loadSets(db, setIdsOf(due));
    await startAndOpen(db, profileId, REVIEW_SET_ID, 'practice', due.filter((ref) => resolveStatements([ref], dueSets)));
  };
  return (
    <li className="set-card review-card">
      <h2>{t('title')}</h2>
      <p className="set-meta">{due.length ? t('intro') : t('nothingDue')}</p>
      <div className="actions">
        {open ? (
          <Link className="button primary" href={paths.play(open.id)} aria-label={t('continueLabel')}>
            {t('continue', { current: Math.min(open.position + 1, open.items.length), total: open.items.length })}
          </Link>
        ) : null}
        <button type="button" className={open ? '' : 'primary'} onClick={() => start().catch(setError)} disabled={due.length === 0}>
          {t('start', { count: due.length })}
        </button>
      </div>
      {dueMine.length < dueEverywhere.length ? (
        <label className="check">
          <input type="checkbox" checked={everyLanguage} onChange={(event) => setEveryLanguage(event.target.checked)} />{' '}
          {t('otherLanguages', { count: dueEverywhere.length - dueMine.length })}
        </label>
      ) : null}
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </li>
  );
}
