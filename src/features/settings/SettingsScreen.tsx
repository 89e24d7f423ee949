import { useTranslation } from 'react-i18next';
import { APP_VERSION } from '../../pwa/app-version';
import { LanguageChoice } from './LanguageChoice';
import { StorageStatus } from './StorageStatus';
import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">{t('title')}</h1>
      <section aria-labelledby="settings-language">
        <h2 id="settings-language">{t('language.title')}</h2>
        <LanguageChoice />
      </section>
      <section aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('storage.title')}</h2>
        <StorageStatus />
      </section>
      <section aria-labelledby="settings-version">
        <h2 id="settings-version">{t('version.title')}</h2>
        <p>{t('version.current', { version: APP_VERSION })}</p>
        <p>{t('version.offline')}</p>
      </section>
    </section>
  );
}
