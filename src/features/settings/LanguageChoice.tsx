import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';
import { useChooseLanguage } from '../../common/use-choose-language';

export function LanguageChoice() {
  const { t, i18n } = useTranslation('settings');
  const current = i18n.resolvedLanguage ?? i18n.language;
  const choose = useChooseLanguage();
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
            onChange={() => choose(language.code)}
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
