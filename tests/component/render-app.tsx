import { act, render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/shell/App';
import { DatabaseProvider } from '../../src/common/database-context';
import { setUpI18n } from '../../src/i18n/setup';
import type { FcoDatabase } from '../../src/db/database';
import type { Quiz } from '../../src/domain/quiz-schema';
import { createProfile } from '../../src/db/profiles';

/**
 * Renders the whole app at `path` over the given database, with `sets` stored as the teacher's own,
 * and `learner` as the active learner (`null`: a device where nobody has chosen a learner yet).
 */
export async function renderApp(db: FcoDatabase, path: string, sets: Quiz[] = [], learner: string | null = 'Test learner') {
  const now = Date.now();
  await db.quizSets.bulkPut(sets.map((quiz) => ({ id: quiz.id, quiz, createdAt: now, updatedAt: now })));
  if (learner !== null) await createProfile(db, { name: learner, picture: 'owl' });
  const i18n = await setUpI18n('en');
  window.history.replaceState(null, '', path);
  // Awaited: a first render that waits for data (React's `use`) inside a synchronous act() leaves the rest of React's
  // queued work (the screen's effects, its live queries) stranded until the next act, and the screen never loads.
  let rendered!: RenderResult;
  await act(async () => {
    rendered = render(
      <DatabaseProvider db={db}>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </DatabaseProvider>,
    );
  });
  return rendered;
}
