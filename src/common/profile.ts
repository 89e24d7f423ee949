import { createContext, useContext } from 'react';
import type { ProfileRecord } from '../db/records';

/** `undefined` while the device's choice loads, `null` when no learner is chosen yet. */
export const ActiveProfileContext = createContext<ProfileRecord | null | undefined>(undefined);

export function useActiveProfile(): ProfileRecord | null | undefined {
  return useContext(ActiveProfileContext);
}

/** The chosen learner's id; only screens behind the profile gate may ask. */
export function useActiveProfileId(): string {
  const profile = useContext(ActiveProfileContext);
  if (!profile) throw new Error('useActiveProfileId needs a chosen learner (render behind ProfileGate)');
  return profile.id;
}
