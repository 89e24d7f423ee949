import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from './Link';
import { parseRoute, paths, usePath, type Route } from './router';
import { LanguageSwitcher } from './LanguageSwitcher';
import { StorageMessage } from './StorageMessage';
import { HomeScreen } from '../features/home/HomeScreen';
import { PlayScreen } from '../features/play/PlayScreen';
import { ProfileProvider } from './ProfileProvider';
import { ProfileGate } from '../features/profiles/ProfileGate';
import { ProfileBadge } from '../features/profiles/ProfileBadge';
import { useTeacherRequested } from './teacher-lock';

// The initial chunk holds the name question, Home and the play screen; every other screen loads when it is opened.
const TeacherPinDialog = lazy(() => import('./TeacherPinDialog'));
const UpdatePrompt = lazy(() => import('../pwa/UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
const SetStartScreen = lazy(() => import('../features/set-start/SetStartScreen').then((m) => ({ default: m.SetStartScreen })));
const LearnersScreen = lazy(() => import('../features/profiles/LearnersScreen').then((m) => ({ default: m.LearnersScreen })));
const SummaryScreen = lazy(() => import('../features/summary/SummaryScreen').then((m) => ({ default: m.SummaryScreen })));
const AboutScreen = lazy(() => import('../features/about/AboutScreen').then((m) => ({ default: m.AboutScreen })));
const ManageLearnersScreen = lazy(() => import('../features/profiles/ManageLearnersScreen').then((m) => ({ default: m.ManageLearnersScreen })));
const ProgressScreen = lazy(() => import('../features/progress/ProgressScreen').then((m) => ({ default: m.ProgressScreen })));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const ClassroomScreen = lazy(() => import('../features/classroom/ClassroomScreen').then((m) => ({ default: m.ClassroomScreen })));
const TeacherLibrary = lazy(() => import('../features/teacher/TeacherLibrary').then((m) => ({ default: m.TeacherLibrary })));
const TeacherEditor = lazy(() => import('../features/teacher/TeacherEditor').then((m) => ({ default: m.TeacherEditor })));
const TeacherPreview = lazy(() => import('../features/teacher/TeacherPreview').then((m) => ({ default: m.TeacherPreview })));
const TeacherWorksheet = lazy(() => import('../features/teacher/TeacherWorksheet').then((m) => ({ default: m.TeacherWorksheet })));

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.screen) {
    case 'home':
      return (
        <ProfileGate>
          <HomeScreen />
        </ProfileGate>
      );
    case 'about':
      return <AboutScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'set':
      return (
        <ProfileGate>
          <SetStartScreen setId={route.setId} />
        </ProfileGate>
      );
    case 'learners':
      return <LearnersScreen />;
    case 'manageLearners':
      return <ManageLearnersScreen />;
    case 'progress':
      return (
        <ProfileGate>
          <ProgressScreen />
        </ProfileGate>
      );
    case 'classroom':
      return <ClassroomScreen />;
    case 'teacher':
      return <TeacherLibrary />;
    case 'teacherEdit':
      return <TeacherEditor setId={route.setId} />;
    case 'teacherPreview':
      return <TeacherPreview setId={route.setId} />;
    case 'teacherWorksheet':
      return <TeacherWorksheet setId={route.setId} />;
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
