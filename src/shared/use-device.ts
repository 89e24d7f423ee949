import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deviceIdentity, readDeviceIdentity, type DeviceIdentity } from '../db/results';
import { useDb } from './database-context';

/** This device's id and name; created on first use (outside the live query, which may only read). */
export function useDeviceIdentity(): DeviceIdentity | null | undefined {
  const db = useDb();
  const device = useLiveQuery(() => readDeviceIdentity(db), [db]);
  useEffect(() => {
    if (device === null) void deviceIdentity(db);
  }, [db, device]);
  return device;
}
