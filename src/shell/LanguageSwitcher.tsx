import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useChooseLanguage } from '../common/use-choose-language';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  if (LANGUAGES.length < 2) return null;
  return (
    <label className="language-switcher">
      <span>{t('nav.language')}</span>
      <select
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => choose(event.target.value)}
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
