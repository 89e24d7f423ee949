import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { FcoDatabase } from './db/database';
import { keepAggregates } from './db/aggregates';
import { setUpI18n } from './i18n/setup';
import { initialLanguage } from './i18n/remembered-language';
import { DatabaseProvider } from './common/database-context';
import { App } from './shell/App';
import { requestPersistentStorage } from './pwa/persistent-storage';
import './shell/app.css';

// The service worker is not needed to show the first screen: its code loads beside it, not before it.
void import('./pwa/register-service-worker').then(({ registerServiceWorker }) => registerServiceWorker());
void requestPersistentStorage();

const db = new FcoDatabase();
// The start-up repair: answers a closed or crashed tab stored before their follow-up folded them into the review cards
// and day tallies are folded now (usually none: one count). Should it fail, they wait for the next answer or start.
void keepAggregates(db).catch(() => undefined);
const root = createRoot(document.getElementById('root') as HTMLElement);

void setUpI18n(initialLanguage()).then((i18n) => {
  root.render(
    <StrictMode>
      <DatabaseProvider db={db}>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </DatabaseProvider>
    </StrictMode>,
  );
});
