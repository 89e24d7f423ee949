import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../common/database-context';
import { useActiveProfileId } from '../../common/profile';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { StorageMessage } from '../../common/StorageMessage';
import { checkUpOrder } from '../../domain/check-up';
import { startCheckUp, useCheckUps } from '../../common/use-check-ups';

/** My progress's way to the check-up report, and to a check-up the learner put off. */
export function CheckUpProgress() {
  const { t } = useTranslation('checkup');
  const db = useDb();
  const profileId = useActiveProfileId();
  const checkUps = useCheckUps();
  const [error, setError] = useState<unknown>(null);
  if (!checkUps) return null;
  const { outcome, stored, offer } = checkUps;
  const putOff = !outcome.before && !offer && stored.skippedAt !== null && !stored.attempts.some((attempt) => attempt.finishedAt !== null);
  const quiz = putOff ? checkUps.setFor(checkUpOrder(profileId)[0]) : null;
  if (!outcome.before && !quiz) return null;
  return (
    <section aria-labelledby="progress-check-up">
      <h2 id="progress-check-up">{t('progress.title')}</h2>
      {outcome.before ? (
        <p>
          <Link href={paths.checkUp()}>{t('progress.report')}</Link>
        </p>
      ) : quiz ? (
        <>
          <p>{t('progress.putOff', { count: quiz.itemCount })}</p>
          <button type="button" onClick={() => startCheckUp(db, profileId, quiz.id).catch(setError)}>
            {t('progress.takeNow')}
          </button>
        </>
      ) : null}
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
