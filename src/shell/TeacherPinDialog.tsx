import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelTeacherRequest } from '../common/teacher-lock';
import { TeacherPinForm } from '../common/TeacherPinForm';

/** Asks for the teacher PIN over the current screen when a guarded action (delete, replace) needs it. */
export default function TeacherPinDialog() {
  const { t } = useTranslation('pin');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);
  return (
    <dialog ref={dialog} className="teacher-pin-dialog" onCancel={cancelTeacherRequest} aria-label={t('dialog')}>
      <TeacherPinForm onCancel={cancelTeacherRequest} />
    </dialog>
  );
}
