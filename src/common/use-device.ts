import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { deviceIdentity, readDeviceIdentity, type DeviceIdentity } from '../db/results';
import { useDb } from './database-context';

/** This device's id and name; created on first use (outside the live query, which may only read). */
export function useDeviceIdentity(): DeviceIdentity | null | undefined {
  const { i18n } = useTranslation();
  const db = useDb();
  const device = useLiveQuery(() => readDeviceIdentity(db), [db]);
  useEffect(() => {
    // Best effort, in the background: if this write fails (the tab is closing, storage refused it), the device stays
    // unnamed and is named the next time, here or by the first export, which creates the name in its own transaction.
    if (device === null) deviceIdentity(db, (code) => i18n.t('device.defaultName', { code })).catch(() => undefined);
  }, [db, device, i18n]);
  return device;
}
