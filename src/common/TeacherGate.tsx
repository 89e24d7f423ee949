import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lockTeacher, useTeacherUnlocked } from './teacher-lock';
import { TeacherPinForm } from './TeacherPinForm';

/** Shows its screen only once the teacher PIN is entered in this tab, with a way to lock it again. */
export function TeacherGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('pin');
  const unlocked = useTeacherUnlocked();
  if (!unlocked) return <TeacherPinForm />;
  return (
    <>
      <div className="teacher-unlocked">
        <p>{t('unlocked')}</p>
        <button type="button" onClick={lockTeacher}>
          {t('lock')}
        </button>
      </div>
      {children}
    </>
  );
}
