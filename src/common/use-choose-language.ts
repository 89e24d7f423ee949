import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { setActiveProfileLanguage } from '../db/profiles';
import { switchLanguage } from '../i18n/remembered-language';
import { useDb } from './database-context';

/** Switches the interface language and remembers it on the device and with the active learner. */
export function useChooseLanguage(): (code: string) => void {
  const { i18n } = useTranslation();
  const db = useDb();
  return useCallback(
    (code: string) => {
      switchLanguage(i18n, code);
      // The learner active in the database, not the one this screen has read so far: a choice made before the
      // learner's record reached the screen is still theirs. If it cannot be stored, the device still remembers it.
      void setActiveProfileLanguage(db, code).catch(() => undefined);
    },
    [i18n, db],
  );
}
