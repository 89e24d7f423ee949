import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { rememberLanguage } from '../i18n/remembered-language';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  if (LANGUAGES.length < 2) return null;
  return (
    <label className="language-switcher">
      <span>{t('nav.language')}</span>
      <select
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          rememberLanguage(event.target.value);
          void i18n.changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
