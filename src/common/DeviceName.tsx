import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from './database-context';
import { useDeviceIdentity } from './use-device';
import { StorageMessage } from './StorageMessage';
import { setDeviceName } from '../db/results';

/** The name result files carry, so a teacher can tell two tablets apart. */
export function DeviceName() {
  const { t } = useTranslation();
  const db = useDb();
  const device = useDeviceIdentity();
  const [name, setName] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!device) return null;
  return (
    <form
      className="learner-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name !== null && name.trim())
          setDeviceName(db, name).then(() => {
            setName(null);
            setSaved(true);
          }, setError);
      }}
    >
      <label className="learner-field">
        <span>{t('device.name')}</span>
        <input
          value={name ?? device.name}
          maxLength={80}
          onChange={(event) => {
            setName(event.target.value);
            setSaved(false);
          }}
        />
      </label>
      <button type="submit">{t('device.saveName')}</button>
      <p role="status">{saved ? t('device.saved') : ''}</p>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </form>
  );
}
