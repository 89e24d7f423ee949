// The settings the check-ups keep, apart from db/check-ups.ts, whose reads and writes only the check-up screens load.
/** Device-wide: when the teacher last offered the second check-up to every learner who took the first. */
export const SECOND_CHECK_UP_OFFERED_KEY = 'checkUpSecondOfferedAt';
/** Per learner: when they last said "Not now" to the first check-up. */
export const checkUpSkippedKey = (profileId: string) => `checkUpSkipped:${profileId}`;
