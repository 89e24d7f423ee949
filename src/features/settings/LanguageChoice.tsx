import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';
import { rememberLanguage } from '../../i18n/remembered-language';

export function LanguageChoice() {
  const { t, i18n } = useTranslation('settings');
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <fieldset className="settings-languages">
      <legend>{t('language.legend')}</legend>
      {LANGUAGES.map((language) => (
        <label key={language.code} className="settings-language">
          <input
            type="radio"
            name="language"
            value={language.code}
            checked={current === language.code}
            onChange={() => {
              rememberLanguage(language.code);
              void i18n.changeLanguage(language.code);
            }}
          />
          <span lang={language.code} dir={language.dir}>
            {language.name}
          </span>
        </label>
      ))}
      <p className="settings-note">{t('language.remembered')}</p>
    </fieldset>
  );
}
