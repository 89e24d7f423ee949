import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/remembered-language';
import { useLiveQuery } from 'dexie-react-hooks';
import { activeProfile } from '../db/profiles';
import { useDb } from '../common/database-context';
import { ActiveProfileContext } from '../common/profile';
import { firstProfile } from '../common/first-reads';

export function ProfileProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  // The first render starts from the learner read before it; the live query takes over with its first result.
  const [first] = useState(firstProfile);
  const profile = useLiveQuery(() => activeProfile(db), [db], first);
  const { i18n } = useTranslation();
  const profileLanguage = profile?.language;
  useEffect(() => {
    if (!profileLanguage || profileLanguage === i18n.language) return;
    switchLanguage(i18n, profileLanguage);
  }, [profile?.id, profileLanguage, i18n]);
  return <ActiveProfileContext.Provider value={profile}>{children}</ActiveProfileContext.Provider>;
}
