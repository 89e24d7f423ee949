import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawMixed, MIXED_SIZE } from '../../domain/mixed-practice';
import { inLanguage } from '../../domain/learning-path';
import { useDb } from '../../common/database-context';
import { useActiveProfileId } from '../../common/profile';
import { startAndOpen } from '../../common/start-attempt';
import { MIXED_SET_ID } from '../../domain/pseudo-sets';
import { loadSets, type SummaryEntry } from '../../common/use-sets';
import type { SetProgress } from '../../db/progress';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { StorageMessage } from '../../common/StorageMessage';

export function MixedPracticeCard({ sets, progress }: { sets: readonly SummaryEntry[]; progress: SetProgress | undefined }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const profileId = useActiveProfileId();
  const [error, setError] = useState<unknown>(null);
  const [everyLanguage, setEveryLanguage] = useState(false);
  const mine = inLanguage(sets, i18n.language, (entry) => entry.summary.language);
  const drawFrom = everyLanguage ? sets : mine;
  const poolSize = drawFrom.reduce((sum, { summary }) => sum + summary.itemCount, 0);
  const open = progress?.openAttempt;
  if (sets.length < 2) return null;

  // Only the sets drawn from are fetched, when the learner starts.
  const start = async () => {
    const drawable = await loadSets(db, drawFrom.map(({ summary }) => summary.id));
    const pool = drawable.flatMap(({ quiz }) => quiz.items.map((item) => ({ setId: quiz.id, itemId: item.id, label: item.label })));
    const drawn = drawMixed(pool).map(({ setId, itemId }) => ({ setId, itemId }));
    await startAndOpen(db, profileId, MIXED_SET_ID, 'practice', drawn);
  };

  return (
    <li className="set-card mixed-card">
      <h2>{t('mixed.title')}</h2>
      <p className="set-meta">{t('mixed.description', { count: Math.min(MIXED_SIZE, poolSize), sets: drawFrom.length })}</p>
      {mine.length < sets.length ? (
        <label className="check">
          <input type="checkbox" checked={everyLanguage} onChange={(event) => setEveryLanguage(event.target.checked)} /> {t('mixed.otherLanguages')}
        </label>
      ) : null}
      <div className="actions">
        {open ? (
          <Link className="button primary" href={paths.play(open.id)} aria-label={t('home.continueSet', { title: t('mixed.title') })}>
            {t('home.continue', { current: Math.min(open.position + 1, open.items.length), total: open.items.length })}
          </Link>
        ) : null}
        <button type="button" className={open ? '' : 'primary'} onClick={() => start().catch(setError)}>
          {open ? t('mixed.startNew') : t('mixed.start')}
        </button>
      </div>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </li>
  );
}
