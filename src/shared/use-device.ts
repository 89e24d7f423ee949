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
    if (device === null) void deviceIdentity(db, (code) => i18n.t('device.defaultName', { code }));
  }, [db, device, i18n]);
  return device;
}
