/** A learning day starts at 04:00 local time, as in Anki: late-night study still counts for the evening before. */
export const DAY_STARTS_AT_HOUR = 4;

/** When the learning day holding `time` began (04:00 local, the calendar day before when earlier than 04:00). */
export function dayStart(time: number): number {
  const date = new Date(time);
  if (date.getHours() < DAY_STARTS_AT_HOUR) date.setDate(date.getDate() - 1);
  date.setHours(DAY_STARTS_AT_HOUR, 0, 0, 0);
  return date.getTime();
}

/** The start of the learning day `days` after the one holding `time`; counts calendar days, so a summer-time change moves nothing. */
export function dayStartAfter(time: number, days: number): number {
  const date = new Date(dayStart(time));
  date.setDate(date.getDate() + days);
  date.setHours(DAY_STARTS_AT_HOUR, 0, 0, 0);
  return date.getTime();
}

/** The learning day of a time, as `YYYY-MM-DD` of the calendar day it began on. */
export function dayKey(time: number): string {
  const date = new Date(dayStart(time));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
