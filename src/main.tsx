import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { FcoDatabase } from './db/database';
import { keepAggregates } from './db/aggregates';
import { setUpI18n } from './i18n/setup';
import { initialLanguage } from './i18n/remembered-language';
import { DatabaseProvider } from './common/database-context';
import { App } from './shell/App';
import { loadPlayScreen } from './shell/play-screen';
import { parseRoute } from './common/router';
import { forgetFirstReads, readFirstScreen } from './common/first-reads';
import { requestPersistentStorage } from './pwa/persistent-storage';
import './shell/app.css';

const db = new FcoDatabase();
// The start-up repair: answers a closed or crashed tab stored before their follow-up folded them into the review cards
// and day tallies are folded now (usually none: one count). Should it fail, they wait for the next answer or start.
void keepAggregates(db).catch(() => undefined);
const root = createRoot(document.getElementById('root') as HTMLElement);

/** Storage that does not answer (a tab blocking an upgrade) must not keep the app from showing at all. */
const FIRST_READS_WAIT_MS = 1000;
const firstReads = Promise.race([readFirstScreen(db, window.location.pathname), new Promise((resolve) => setTimeout(resolve, FIRST_READS_WAIT_MS))]);
// A play address needs the play screen's code: it is fetched beside the reads (a failure is said by the screen).
const playCode = parseRoute(window.location.pathname).screen === 'play' ? loadPlayScreen().catch(() => undefined) : undefined;

/** Once the first screen is shown: what was read for it is no longer current; the service worker, the storage request and the play screen's code start. */
function FirstScreen({ children }: { children: ReactNode }) {
  useEffect(() => {
    forgetFirstReads();
    void import('./pwa/register-service-worker').then(({ registerServiceWorker }) => registerServiceWorker());
    void requestPersistentStorage();
    void loadPlayScreen().catch(() => undefined);
  }, []);
  return children;
}

void Promise.all([setUpI18n(initialLanguage()), firstReads, playCode]).then(([i18n]) => {
  root.render(
    <StrictMode>
      <FirstScreen>
        <DatabaseProvider db={db}>
          <I18nextProvider i18n={i18n}>
            <App />
          </I18nextProvider>
        </DatabaseProvider>
      </FirstScreen>
    </StrictMode>,
  );
});
