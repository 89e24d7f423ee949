import { useTranslation } from 'react-i18next';
import { classifyStorageError } from './storage-error';

export function StorageMessage({ error, onRetry, onDismiss }: { error: unknown; onRetry?: () => void; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const problem = classifyStorageError(error);
  return (
    <div role="alert" className="storage-message">
      <p>{t(`storage.${problem}`)}</p>
      <p>{t('storage.earlierSafe')}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
