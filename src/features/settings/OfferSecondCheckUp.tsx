import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../common/database-context';
import { requireTeacher } from '../../common/teacher-lock';
import { StorageMessage } from '../../common/StorageMessage';
import { offerSecondCheckUp, secondCheckUpOfferedAt } from '../../db/check-ups';
import { PRACTICE_BEFORE_SECOND_CHECK_UP } from '../../domain/check-up';

/** The teacher's way to offer the second check-up before the learners have practised enough for it to come by itself. */
export function OfferSecondCheckUp() {
  const { t, i18n } = useTranslation('checkup');
  const db = useDb();
  const offeredAt = useLiveQuery(() => secondCheckUpOfferedAt(db), [db]);
  const [error, setError] = useState<unknown>(null);
  const offer = async () => {
    if (await requireTeacher()) await offerSecondCheckUp(db);
  };
  const when = offeredAt ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(offeredAt) : null;
  return (
    <>
      <p>{t('teacher.intro', { count: PRACTICE_BEFORE_SECOND_CHECK_UP })}</p>
      <p>
        <button type="button" onClick={() => offer().catch(setError)}>
          {t('teacher.offer')}
        </button>
      </p>
      <p role="status">{when ? t('teacher.offeredAt', { when }) : ''}</p>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </>
  );
}
