import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../shared/Link';
import { parseRoute, paths, usePath } from '../shared/router';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Screen } from './Screen';
import { ProfileBadge } from '../features/profiles/ProfileBadge';
import { StorageMessage } from '../shared/StorageMessage';
import { UpdatePrompt } from './UpdatePrompt';
import { ProfileProvider } from './ProfileProvider';
import { useTeacherRequested } from '../shared/teacher-lock';

const TeacherPinDialog = lazy(() => import('./TeacherPinDialog'));

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const route = parseRoute(path);
  return (
    <ProfileProvider>
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
              <Link href={paths.progress()} aria-current={route.screen === 'progress' ? 'page' : undefined}>
                {t('nav.progress')}
              </Link>
            </li>
            <li>
              <Link href={paths.classroom()} aria-current={route.screen === 'classroom' ? 'page' : undefined}>
                {t('nav.classroom')}
              </Link>
            </li>
            <li>
              <Link href={paths.teacher()} aria-current={route.screen.startsWith('teacher') ? 'page' : undefined}>
                {t('nav.teacher')}
              </Link>
            </li>
            <li>
              <Link href={paths.about()} aria-current={route.screen === 'about' ? 'page' : undefined}>
                {t('nav.about')}
              </Link>
            </li>
            <li>
              <Link href={paths.settings()} aria-current={route.screen === 'settings' ? 'page' : undefined}>
                {t('nav.settings')}
              </Link>
            </li>
          </ul>
        </nav>
        <Suspense fallback={null}>
          <ProfileBadge />
        </Suspense>
        <LanguageSwitcher />
      </header>
      <Suspense fallback={null}>
        <UpdatePrompt />
        {useTeacherRequested() ? <TeacherPinDialog /> : null}
      </Suspense>
      <main id="main" tabIndex={-1}>
        <ScreenBoundary key={path}>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Screen route={route} />
          </Suspense>
        </ScreenBoundary>
      </main>
    </ProfileProvider>
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
