import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/remembered-language';
import { useLiveQuery } from 'dexie-react-hooks';
import { activeProfile } from '../db/profiles';
import { useDb } from '../common/database-context';
import { ActiveProfileContext } from '../common/profile';

export function ProfileProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const profile = useLiveQuery(() => activeProfile(db), [db]);
  const { i18n } = useTranslation();
  const profileLanguage = profile?.language;
  useEffect(() => {
    if (!profileLanguage || profileLanguage === i18n.language) return;
    switchLanguage(i18n, profileLanguage);
  }, [profile?.id, profileLanguage, i18n]);
  return <ActiveProfileContext.Provider value={profile}>{children}</ActiveProfileContext.Provider>;
}
