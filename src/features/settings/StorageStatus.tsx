import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStorageReport, requestPersistentStorage, type StorageReport } from '../../pwa/persistent-storage';
import { formatBytes, formatShare } from '../../common/format-number';

export function StorageStatus() {
  const { t, i18n } = useTranslation('settings');
  const [report, setReport] = useState<StorageReport | undefined>();
  const [asking, setAsking] = useState(false);

  const refresh = useCallback(() => readStorageReport().then(setReport), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const askAgain = async () => {
    setAsking(true);
    await requestPersistentStorage();
    await refresh();
    setAsking(false);
  };

  if (!report) return <p role="status">{t('storage.reading')}</p>;
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { persistence, usage, quota } = report;
  return (
    <>
      <p className={`persistence persistence-${persistence}`}>{t(`storage.persistence.${persistence}`)}</p>
      {persistence === 'granted' ? null : (
        <div className="backup-advice">
          <p>{t('storage.whyBackUp')}</p>
          {persistence === 'notGranted' ? (
            <button type="button" onClick={() => void askAgain()} disabled={asking}>
              {t('storage.askAgain')}
            </button>
          ) : null}
        </div>
      )}
      <p>
        {usage === undefined
          ? t('storage.usageUnknown')
          : quota
            ? t('storage.usageOfQuota', { used: formatBytes(usage, language), quota: formatBytes(quota, language), share: formatShare(usage, quota, language) })
            : t('storage.usage', { used: formatBytes(usage, language) })}
      </p>
    </>
  );
}
