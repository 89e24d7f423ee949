import { useMemo, useState } from 'react';
import type { SessionMode } from '../domain/session-mode';
import type { SessionSnapshot, SessionStore } from '../machines/quiz-session.machine';

/** A session kept in memory only (the teacher's preview): the same store contract as IndexedDB, nothing written. */
export function useMemorySession(mode: SessionMode = 'practice'): { snapshot: SessionSnapshot; store: SessionStore } {
  const [snapshot, setSnapshot] = useState<SessionSnapshot>({ mode, position: 0, answers: [] });
  const store = useMemo<SessionStore>(
    () => ({
      answer: async ({ position, chosen, correct, advance }) => {
        setSnapshot((now) => {
          if (now.position !== position || now.answers[position]) return now;
          const answers = [...now.answers];
          answers[position] = { chosen, correct };
          return { ...now, answers, position: advance ? position + 1 : position };
        });
      },
      advance: async (fromPosition) => {
        setSnapshot((now) => (now.position === fromPosition && now.answers[fromPosition] ? { ...now, position: fromPosition + 1 } : now));
      },
    }),
    [],
  );
  return { snapshot, store };
}
