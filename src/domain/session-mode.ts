/** How a session runs, and how its answers are marked: Practice shows the verdict after each answer; a test shows
 * nothing until the end; a check-up measures the skill with no feedback, and its answers stay out of practice figures
 * and review. */
export const SESSION_MODES = ['practice', 'test', 'check-up'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
