import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../common/database-context';
import { downloadText, safeFileName } from '../../common/download';
import type { SetEntry } from '../../common/use-sets';
import { keyLookup } from '../../common/label-lookup';
import { StorageMessage } from '../../common/StorageMessage';
import { exportLearnerResults, newestAnswerIn, readSharedUpTo } from '../../db/results';
import type { ProfileRecord } from '../../db/records';
import { resultsToCsv } from '../../domain/learner-results';
import { isCheckUp } from '../../domain/check-up';
import { ResultQrCode } from './ResultQrCode';

/** Results leave the device only as files the learner saves or QR codes the teacher scans. */
export function ExportResults({ profile, sets, answered }: { profile: ProfileRecord; sets: SetEntry[]; answered: ReadonlyMap<string, number> }) {
  const { t } = useTranslation('progress');
  const db = useDb();
  const [error, setError] = useState<unknown>(null);
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const [showing, setShowing] = useState<string[] | null>(null);
  const shared = useLiveQuery(() => readSharedUpTo(db, profile.id), [db, profile.id]);
  const checkUpIds = sets.filter(({ quiz }) => isCheckUp(quiz)).map(({ quiz }) => quiz.id);
  const checkUps = useLiveQuery(() => newestAnswerIn(db, profile.id, checkUpIds), [db, profile.id, checkUpIds.join('\u0000')]);
  const answeredIn = new Map([...answered, ...(checkUps ?? [])]);
  const stamp = () => new Date().toISOString().slice(0, 10);

  const save = (kind: 'json' | 'csv') =>
    exportLearnerResults(db, profile.id, (code) => t('app:device.defaultName', { code })).then((results) => {
      const base = `results-${safeFileName(profile.name)}-${stamp()}`;
      if (kind === 'json') downloadText(`${base}.json`, JSON.stringify(results, null, 1), 'application/json');
      else downloadText(`${base}.csv`, resultsToCsv(results, keyLookup(sets)), 'text/csv;charset=utf-8');
    }, setError);

  const withAnswers = sets.filter(({ quiz }) => answeredIn.has(quiz.id));
  const isNew = (setId: string) => (answeredIn.get(setId) ?? 0) > (shared?.[setId] ?? -1);
  const chosen = picked ?? new Set(withAnswers.filter(({ quiz }) => isNew(quiz.id)).map(({ quiz }) => quiz.id));
  const toggle = (setId: string) => {
    const next = new Set(chosen);
    if (next.has(setId)) next.delete(setId);
    else next.add(setId);
    setPicked(next);
    setShowing(null);
  };

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
      {withAnswers.length === 0 || shared === undefined ? (
        <p>{t('qr.none')}</p>
      ) : (
        <>
          <fieldset className="qr-sets">
            <legend>{t('qr.sets')}</legend>
            {withAnswers.map(({ quiz }) => (
              <label key={quiz.id} className="qr-set">
                <input type="checkbox" checked={chosen.has(quiz.id)} onChange={() => toggle(quiz.id)} />
                <span lang={quiz.language}>{quiz.title}</span>{' '}
                <span className="qr-set-state">{isNew(quiz.id) ? t('qr.notShared') : t('qr.shared')}</span>
              </label>
            ))}
          </fieldset>
          {chosen.size === 0 ? <p>{t('qr.nothingChosen')}</p> : null}
          <div className="actions">
            <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => setShowing([...chosen].sort())}>
              {t('qr.show')}
            </button>
          </div>
          {showing ? <ResultQrCode profile={profile} setIds={showing} /> : null}
        </>
      )}
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
