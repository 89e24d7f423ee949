export const DEFAULT_PROFILE_ID = 'default';

export function useActiveProfileId(): string {
  return DEFAULT_PROFILE_ID;
}
