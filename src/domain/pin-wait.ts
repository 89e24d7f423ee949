/** After three wrong teacher PINs in a row, each further try waits: 5 s, then 10 s, 20 s … up to 5 minutes. */
export function pinWaitMs(wrongTries: number): number {
  return wrongTries < 3 ? 0 : Math.min(5 * 60_000, 5_000 * 2 ** (wrongTries - 3));
}
