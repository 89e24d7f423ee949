import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from './database-context';
import { StorageMessage } from './StorageMessage';
import { startCheckUpAgain } from './use-check-ups';
import './check-up-offer.css';

/** A check-up begun whose form changed in an app update: says so, and starts it again on the form as it is now. */
export default function CheckUpChangedCard({ attemptId, setId, level }: { attemptId: string; setId: string; level: 1 | 2 }) {
  const { t } = useTranslation('checkup');
  const db = useDb();
  const [error, setError] = useState<unknown>(null);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className="check-up-offer" aria-labelledby="check-up-changed-title">
      <Heading id="check-up-changed-title">{t('offer.changedTitle')}</Heading>
      <p>{t('offer.changedText')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => startCheckUpAgain(db, attemptId, setId).catch(setError)}>
          {t('offer.startAgain')}
        </button>
      </div>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
