import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../app/database-context';
import { StorageMessage } from '../../app/StorageMessage';
import { backupDevice, RestoreError, restoreDevice } from '../../db/backup';
import { setDeviceName } from '../../db/results';
import { useDeviceIdentity } from '../../app/use-device';

/** The whole device in one file, and back: restored whole or not at all. */
export function DeviceBackup() {
  const { t } = useTranslation('classroom');
  const db = useDb();
  const device = useDeviceIdentity();
  const [name, setName] = useState<string | null>(null);
  const [pending, setPending] = useState<File | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    try {
      const blob = await backupDevice(db);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `fact-claim-opinion-backup-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (failure) {
      setError(failure);
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    setPending(input.files?.[0] ?? null);
    setMessage('');
    input.value = '';
  };

  const restore = async () => {
    if (!pending) return;
    const file = pending;
    setPending(null);
    try {
      const { rows } = await restoreDevice(db, await file.text());
      setMessage(t('backup.restored', { count: rows }));
    } catch (failure) {
      if (failure instanceof RestoreError) {
        const problem = failure.problem;
        setMessage(
          problem.kind === 'newerVersion'
            ? t('backup.newer')
            : problem.kind === 'otherApp'
              ? t('backup.otherApp')
              : problem.kind === 'unknownTable'
                ? t('backup.newer')
                : t('backup.notBackup', { detail: problem.detail }),
        );
      } else setError(failure);
    }
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      {device ? (
        <form
          className="learner-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name !== null) setDeviceName(db, name).then(() => setName(null), setError);
          }}
        >
          <label className="learner-field">
            <span>{t('backup.deviceName')}</span>
            <input value={name ?? device.name} maxLength={80} onChange={(event) => setName(event.target.value)} />
          </label>
          <button type="submit">{t('backup.saveName')}</button>
        </form>
      ) : null}
      <p>{t('backup.intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {t('backup.save')}
        </button>
      </div>
      <label className="learner-field">
        <span>{t('backup.choose')}</span>
        <input type="file" accept=".json,application/json" onChange={choose} />
      </label>
      {pending ? (
        <div role="alertdialog" aria-labelledby="confirm-restore" className="learner-confirm">
          <p id="confirm-restore">{t('backup.confirm', { file: pending.name })}</p>
          <button type="button" className="danger" autoFocus onClick={() => void restore()}>
            {t('backup.yesRestore')}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('backup.cancel')}
          </button>
        </div>
      ) : null}
      <p role="status">{message}</p>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
