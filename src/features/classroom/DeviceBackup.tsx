import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../common/database-context';
import { SaveBackupButton } from '../../common/SaveBackupButton';
import { classifyStorageError } from '../../common/storage-error';
import { RestoreError, restoreDevice, type RestoreProblem } from '../../db/backup';

/** The whole device in one file, and back: restored whole or not at all. */
export function DeviceBackup() {
  const { t } = useTranslation('classroom');
  const db = useDb();
  const [pending, setPending] = useState<File | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    setPending(input.files?.[0] ?? null);
    setMessage(null);
    input.value = '';
  };

  const refusal = (problem: RestoreProblem): string => {
    switch (problem.kind) {
      case 'strangeRows':
        return t('backup.problem.strangeRows', { part: t(`backup.part.${problem.table}`, { defaultValue: problem.table }), row: problem.row + 1 });
      case 'badSet':
        return t('backup.problem.badSet', { set: problem.set });
      default:
        return t(`backup.problem.${problem.kind}`);
    }
  };

  const restore = async () => {
    if (!pending) return;
    const file = pending;
    setPending(null);
    try {
      const count = await restoreDevice(db, await file.text());
      setMessage({
        ok: true,
        text: t('backup.restored', {
          learners: t('backup.learnerCount', { count: count.learners }),
          answers: t('backup.answerCount', { count: count.answers }),
        }),
      });
    } catch (failure) {
      const reason =
        failure instanceof RestoreError ? refusal(failure.problem) : classifyStorageError(failure) === 'full' ? t('backup.problem.full') : t('backup.problem.writeFailed');
      setMessage({ ok: false, text: `${reason} ${t('backup.nothingChanged')}` });
    }
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <SaveBackupButton />
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
      <p role="status" className={message && !message.ok ? 'restore-refused' : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
