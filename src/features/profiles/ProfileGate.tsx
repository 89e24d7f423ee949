import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveProfile } from '../../common/profile';
import { ProfilePicker } from './ProfilePicker';

/** Learner screens need a chosen learner; until one is chosen, the start screen asks for a name. */
export function ProfileGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const profile = useActiveProfile();
  if (profile === undefined) return <p role="status">{t('common.loading')}</p>;
  if (profile === null) return <ProfilePicker />;
  return children;
}
