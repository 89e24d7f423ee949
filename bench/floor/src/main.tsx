import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { Dexie, type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { assign, fromPromise, setup } from 'xstate';
import { useMachine } from '@xstate/react';
import * as v from 'valibot';
import './floor.css';

/** The least an app on this stack does to show one statement and take one answer; the benchmark's yardstick. */
const StatementSchema = v.strictObject({ id: v.string(), text: v.pipe(v.string(), v.minLength(1)), label: v.picklist(['fact', 'claim', 'opinion']) });
type Statement = v.InferOutput<typeof StatementSchema>;

class FloorDatabase extends Dexie {
  statements!: EntityTable<Statement, 'id'>;
  answers!: EntityTable<{ id: string; chosen: string }, 'id'>;
  constructor() {
    super('floor');
    this.version(1).stores({ statements: 'id', answers: 'id' });
  }
}
const db = new FloorDatabase();
const seed = v.parse(StatementSchema, { id: 's1', text: 'The bridge opened in 1932.', label: 'fact' });

const machine = setup({
  types: { context: {} as { chosen: string | null }, events: {} as { type: 'ANSWER'; label: string } | { type: 'NEXT' } },
  actors: {
    save: fromPromise<void, { label: string }>(async ({ input }) => {
      await db.transaction('rw', db.answers, () => db.answers.put({ id: 's1', chosen: input.label }));
    }),
  },
}).createMachine({
  context: { chosen: null },
  initial: 'question',
  states: {
    question: { on: { ANSWER: { target: 'saving', actions: assign({ chosen: ({ event }) => (event.type === 'ANSWER' ? event.label : null) }) } } },
    saving: { invoke: { src: 'save', input: ({ context }) => ({ label: context.chosen ?? '' }), onDone: 'feedback' } },
    feedback: { on: { NEXT: { target: 'question', actions: assign({ chosen: null }) } } },
  },
});

function Floor() {
  const { t } = useTranslation();
  const statement = useLiveQuery(() => db.statements.get('s1'));
  const [snapshot, send] = useMachine(machine);
  if (!statement) return null;
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>
        <mark className="statement">{statement.text}</mark>
      </p>
      <button type="button" disabled={!snapshot.matches('question')} onClick={() => send({ type: 'ANSWER', label: 'fact' })}>
        {t('fact')}
      </button>
      <p role="status">{snapshot.matches('feedback') ? t(snapshot.context.chosen === statement.label ? 'right' : 'wrong') : ''}</p>
      {snapshot.matches('feedback') ? (
        <button type="button" onClick={() => send({ type: 'NEXT' })}>
          {t('next')}
        </button>
      ) : null}
    </main>
  );
}

void db.transaction('rw', db.statements, () => db.statements.put(seed));
// The same Vite config builds a service worker for the floor; registering it lets the floor reload offline too.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
void i18next
  .use(initReactI18next)
  .init({ lng: 'en', resources: { en: { translation: { title: 'Statement 1 of 1', fact: 'Fact', right: 'Correct', wrong: 'Not quite', next: 'Next' } } } })
  .then(() => {
    createRoot(document.getElementById('root') as HTMLElement).render(
      <StrictMode>
        <I18nextProvider i18n={i18next}>
          <Floor />
        </I18nextProvider>
      </StrictMode>,
    );
  });
