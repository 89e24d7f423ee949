/** Practice shows the verdict after each answer; a test shows nothing until the end; a check-up measures, with no feedback, and its answers stay out of practice figures and review. */
export type SessionMode = 'practice' | 'test' | 'check-up';
