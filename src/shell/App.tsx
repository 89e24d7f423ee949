import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../common/Link';
import { parseRoute, paths, usePath } from '../common/router';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Screen } from './Screen';
import { ProfileBadge } from '../features/profiles/ProfileBadge';
import { StorageMessage } from '../common/StorageMessage';
import { ProfileProvider } from './ProfileProvider';
import { useTeacherRequested } from '../common/teacher-lock';
import { reloadPage } from '../common/reload-page';

const TeacherPinDialog = lazy(() => import('./TeacherPinDialog'));
// Not needed to show the first screen: it loads beside it, not before it.
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
/** The header's menu; the teacher's entry stays current on every teacher screen. */
const NAV = ['home', 'progress', 'classroom', 'teacher', 'about', 'settings'] as const;
/** A menu entry stays current on the screens reached from it: every teacher screen, and a check-up's report under My progress. */
const isCurrent = (entry: (typeof NAV)[number], screen: string) =>
  entry === 'teacher' ? screen.startsWith(entry) : screen === entry || (entry === 'progress' && screen === 'checkUp');

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
            {NAV.map((screen) => (
              <li key={screen}>
                <Link href={paths[screen]()} aria-current={isCurrent(screen, route.screen) ? 'page' : undefined}>
                  {t(`nav.${screen}`)}
                </Link>
              </li>
            ))}
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
    // A failed read or a chunk that did not load stays failed in this page (React keeps the rejected promise): reload.
    return this.state.error ? <StorageMessage error={this.state.error} onRetry={reloadPage} /> : this.props.children;
  }
}
