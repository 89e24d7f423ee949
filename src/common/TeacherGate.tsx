import type { ReactNode } from 'react';
import { useTeacherUnlocked } from './teacher-lock';
import { TeacherPinForm } from './TeacherPinForm';
import { TeacherUnlockedBar } from './TeacherUnlockedBar';

/** Shows its screen only once the teacher PIN is entered in this tab, with a way to lock it again. */
export function TeacherGate({ children }: { children: ReactNode }) {
  if (!useTeacherUnlocked()) return <TeacherPinForm />;
  return (
    <>
      <TeacherUnlockedBar />
      {children}
    </>
  );
}
