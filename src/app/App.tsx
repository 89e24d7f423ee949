import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from './Link';
import { parseRoute, paths, usePath, type Route } from './router';
import { LanguageSwitcher } from './LanguageSwitcher';
import { StorageMessage } from './StorageMessage';
import { HomeScreen } from '../features/home/HomeScreen';
import { SetStartScreen } from '../features/set-start/SetStartScreen';
import { PlayScreen } from '../features/play/PlayScreen';
import { SummaryScreen } from '../features/summary/SummaryScreen';
import { AboutScreen } from '../features/about/AboutScreen';

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'about':
      return <AboutScreen />;
    case 'set':
      return <SetStartScreen setId={route.setId} />;
    case 'play':
      return <PlayScreen attemptId={route.attemptId} />;
    case 'summary':
      return <SummaryScreen attemptId={route.attemptId} />;
    case 'notFound':
      return (
        <section>
          <h1>{t('common.pageNotFound')}</h1>
          <Link href={paths.home()}>{t('common.backHome')}</Link>
        </section>
      );
  }
}

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const route = parseRoute(path);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <Link href={paths.home()} className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <Link href={paths.home()} aria-current={route.screen === 'home' ? 'page' : undefined}>
                {t('nav.home')}
              </Link>
            </li>
            <li>
              <Link href={paths.about()} aria-current={route.screen === 'about' ? 'page' : undefined}>
                {t('nav.about')}
              </Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <ScreenBoundary key={path}>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Screen route={route} />
          </Suspense>
        </ScreenBoundary>
      </main>
    </>
  );
}

class ScreenBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <StorageMessage error={this.state.error} onRetry={() => this.setState({ error: null })} /> : this.props.children;
  }
}
