import { useTranslation } from 'react-i18next';
import { APP_VERSION } from '../../pwa/app-version';
import { LanguageChoice } from './LanguageChoice';
import { StorageStatus } from './StorageStatus';
import { SaveBackupButton } from '../../common/SaveBackupButton';
import { DeviceName } from '../../common/DeviceName';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { OfferSecondCheckUp } from './OfferSecondCheckUp';
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
      <section aria-labelledby="settings-backup">
        <h2 id="settings-backup">{t('backup.title')}</h2>
        <p>{t('backup.intro')}</p>
        <SaveBackupButton />
        <p>
          <Link href={paths.classroom()}>{t('backup.restoreWhere')}</Link>
        </p>
      </section>
      <section aria-labelledby="settings-check-up">
        <h2 id="settings-check-up">{t('checkUp.title')}</h2>
        <OfferSecondCheckUp />
      </section>
      <section aria-labelledby="settings-device">
        <h2 id="settings-device">{t('device.title')}</h2>
        <DeviceName />
      </section>
      <section aria-labelledby="settings-version">
        <h2 id="settings-version">{t('version.title')}</h2>
        <p>{t('version.current', { version: APP_VERSION })}</p>
        <p>{t('version.offline')}</p>
      </section>
    </section>
  );
}
