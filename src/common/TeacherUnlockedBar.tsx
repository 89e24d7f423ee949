import { useTranslation } from 'react-i18next';
import { lockTeacher, useTeacherUnlocked } from './teacher-lock';

/** While teacher actions are unlocked in this tab: says so, with the button that locks them again. */
export function TeacherUnlockedBar() {
  return useTeacherUnlocked() ? <UnlockedBar /> : null;
}

// Its strings load with the PIN form, which has always been shown before this bar is.
function UnlockedBar() {
  const { t } = useTranslation('pin');
  return (
    <div className="teacher-unlocked">
      <p>{t('unlocked')}</p>
      <button type="button" onClick={lockTeacher}>
        {t('lock')}
      </button>
    </div>
  );
}
