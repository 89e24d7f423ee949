import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../common/database-context';
import { useActiveProfileId } from '../../common/profile';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { StorageMessage } from '../../common/StorageMessage';
import { skipCheckUp } from '../../db/check-ups';
import { startCheckUp, useCheckUps } from '../../common/use-check-ups';
import { CheckUpChanged } from '../../common/CheckUpChanged';
import '../../common/check-up-offer.css';

/** About 25 seconds a statement: reading a short excerpt and choosing, with no feedback to read. */
const minutesFor = (statements: number) => Math.max(1, Math.round((statements * 25) / 60));

/** Home's offer of a check-up: the first (before practice, or where the learner stands now), the second after it, or one begun to continue. */
export function CheckUpOfferCard() {
  const { t } = useTranslation('checkup');
  const db = useDb();
  const profileId = useActiveProfileId();
  const checkUps = useCheckUps();
  const [error, setError] = useState<unknown>(null);
  const offer = checkUps?.offer;
  if (!offer) return null;

  if (offer.kind === 'restart') return <CheckUpChanged attemptId={offer.attemptId} setId={offer.setId} level={2} />;
  if (offer.kind === 'continue') {
    return (
      <section className="check-up-offer" aria-labelledby="check-up-offer-title">
        <h2 id="check-up-offer-title">{t('offer.continueTitle')}</h2>
        <p>{t('offer.continueText')}</p>
        <p>
          <Link className="button primary" href={paths.play(offer.attemptId)}>
            {t('offer.continue', { current: Math.min(offer.position + 1, offer.total), total: offer.total })}
          </Link>
        </p>
      </section>
    );
  }
  const quiz = checkUps.setFor(offer.form);
  if (!quiz) return null;
  const count = quiz.itemCount;
  return (
    <section className="check-up-offer" aria-labelledby="check-up-offer-title">
      <h2 id="check-up-offer-title">{t(`offer.${offer.kind}Title`)}</h2>
      <p>{t(`offer.${offer.kind}Text`)}</p>
      <p className="set-meta">
        {t('offer.detailsLine', { statements: t('offer.statements', { count }), minutes: t('offer.minutes', { count: minutesFor(count) }) })}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => startCheckUp(db, profileId, quiz.id).catch(setError)}>
          {t('offer.start')}
        </button>
        {offer.kind === 'second' ? null : (
          <button type="button" onClick={() => skipCheckUp(db, profileId).catch(setError)}>
            {t('offer.notNow')}
          </button>
        )}
      </div>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
