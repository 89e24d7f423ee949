/** Practice shows the verdict after each answer; a test shows nothing until the end. */
export type SessionMode = 'practice' | 'test';
