import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../app/database-context';
import { downloadText, safeFileName } from '../../app/download';
import type { SetEntry } from '../../app/use-sets';
import { StorageMessage } from '../../app/StorageMessage';
import { exportLearnerResults } from '../../db/results';
import type { ProfileRecord } from '../../db/records';
import { resultsToCsv } from '../../domain/learner-results';
import { ResultQrCode } from './ResultQrCode';

/** Results leave the device only as files the learner saves or a QR code the teacher scans. */
export function ExportResults({ profile, sets }: { profile: ProfileRecord; sets: SetEntry[] }) {
  const { t } = useTranslation('progress');
  const db = useDb();
  const [error, setError] = useState<unknown>(null);
  const [qrSet, setQrSet] = useState(sets[0]?.quiz.id ?? '');
  const stamp = () => new Date().toISOString().slice(0, 10);

  const save = (kind: 'json' | 'csv') =>
    exportLearnerResults(db, profile.id).then((results) => {
      const base = `results-${safeFileName(profile.name)}-${stamp()}`;
      if (kind === 'json') downloadText(`${base}.json`, JSON.stringify(results, null, 1), 'application/json');
      else downloadText(`${base}.csv`, resultsToCsv(results), 'text/csv;charset=utf-8');
    }, setError);

  return (
    <section aria-labelledby="export-title" className="export-results">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => void save('json')}>
          {t('export.json')}
        </button>
        <button type="button" onClick={() => void save('csv')}>
          {t('export.csv')}
        </button>
      </div>
      <h3>{t('qr.title')}</h3>
      <label className="learner-field">
        <span>{t('qr.set')}</span>
        <select value={qrSet} onChange={(event) => setQrSet(event.target.value)}>
          {sets.map(({ quiz }) => (
            <option key={quiz.id} value={quiz.id} lang={quiz.language}>
              {quiz.title}
            </option>
          ))}
        </select>
      </label>
      {qrSet ? <ResultQrCode profile={profile} setId={qrSet} setTitle={sets.find(({ quiz }) => quiz.id === qrSet)?.quiz.title ?? qrSet} /> : null}
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
