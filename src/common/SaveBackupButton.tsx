import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from './database-context';
import { StorageMessage } from './StorageMessage';
import { downloadBlob } from './download';

/** Saves the whole device as one backup file; the backup code loads only when pressed. */
export function SaveBackupButton() {
  const { t } = useTranslation();
  const db = useDb();
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    try {
      const { backupDevice } = await import('../db/backup');
      downloadBlob(`fact-claim-opinion-backup-${new Date().toISOString().slice(0, 10)}.json`, await backupDevice(db));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <>
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {t('backup.save')}
        </button>
      </div>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </>
  );
}
