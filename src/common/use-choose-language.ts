import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { setProfileLanguage } from '../db/profiles';
import { switchLanguage } from '../i18n/remembered-language';
import { useDb } from './database-context';
import { useActiveProfile } from './profile';

/** Switches the interface language and remembers it on the device and with the active learner. */
export function useChooseLanguage(): (code: string) => void {
  const { i18n } = useTranslation();
  const db = useDb();
  const profileId = useActiveProfile()?.id;
  return useCallback(
    (code: string) => {
      switchLanguage(i18n, code);
      // If the learner's copy cannot be stored, the device still remembers the choice.
      if (profileId) void setProfileLanguage(db, profileId, code).catch(() => undefined);
    },
    [i18n, db, profileId],
  );
}
