import { lazy, use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../common/Link';
import { paths, type Route } from '../common/router';
import { HomeScreen } from '../features/home/HomeScreen';
import { ProfileGate } from '../features/profiles/ProfileGate';
import { loadPlayScreen } from './play-screen';

// The initial chunk holds the name question and Home; the play screen comes right behind them (see play-screen.ts),
// every other screen loads when it is opened.
const SetStartScreen = lazy(() => import('../features/set-start/SetStartScreen').then((m) => ({ default: m.SetStartScreen })));
const LearnersScreen = lazy(() => import('../features/profiles/LearnersScreen').then((m) => ({ default: m.LearnersScreen })));
const SummaryScreen = lazy(() => import('../features/summary/SummaryScreen').then((m) => ({ default: m.SummaryScreen })));
const AboutScreen = lazy(() => import('../features/about/AboutScreen').then((m) => ({ default: m.AboutScreen })));
const ManageLearnersScreen = lazy(() => import('../features/profiles/ManageLearnersScreen').then((m) => ({ default: m.ManageLearnersScreen })));
const ProgressScreen = lazy(() => import('../features/progress/ProgressScreen').then((m) => ({ default: m.ProgressScreen })));
const CheckUpReport = lazy(() => import('../features/check-up/CheckUpReport').then((m) => ({ default: m.CheckUpReport })));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const ClassroomScreen = lazy(() => import('../features/classroom/ClassroomScreen').then((m) => ({ default: m.ClassroomScreen })));
const TeacherLibrary = lazy(() => import('../features/teacher/TeacherLibrary').then((m) => ({ default: m.TeacherLibrary })));
const TeacherEditor = lazy(() => import('../features/teacher/TeacherEditor').then((m) => ({ default: m.TeacherEditor })));
const TeacherPreview = lazy(() => import('../features/teacher/TeacherPreview').then((m) => ({ default: m.TeacherPreview })));
const TeacherWorksheet = lazy(() => import('../features/teacher/TeacherWorksheet').then((m) => ({ default: m.TeacherWorksheet })));

type ScreenOf = { [S in Route['screen']]: (route: Extract<Route, { screen: S }>) => ReactNode };

/** Routes to screens: the one place that knows which feature draws which address. Learners' screens ask for a learner first. */
const SCREENS: ScreenOf = {
  home: () => <ProfileGate><HomeScreen /></ProfileGate>,
  set: ({ setId }) => <ProfileGate><SetStartScreen setId={setId} /></ProfileGate>,
  progress: () => <ProfileGate><ProgressScreen /></ProfileGate>,
  checkUp: () => <ProfileGate><CheckUpReport /></ProfileGate>,
  play: ({ attemptId }) => <PlayRoute attemptId={attemptId} />,
  summary: ({ attemptId }) => <SummaryScreen attemptId={attemptId} />,
  about: () => <AboutScreen />,
  settings: () => <SettingsScreen />,
  learners: () => <LearnersScreen />,
  manageLearners: () => <ManageLearnersScreen />,
  classroom: () => <ClassroomScreen />,
  teacher: () => <TeacherLibrary />,
  teacherEdit: ({ setId }) => <TeacherEditor setId={setId} />,
  teacherPreview: ({ setId }) => <TeacherPreview setId={setId} />,
  teacherWorksheet: ({ setId }) => <TeacherWorksheet setId={setId} />,
  notFound: () => <NotFound />,
};

export function Screen({ route }: { route: Route }) {
  return (SCREENS[route.screen] as (route: Route) => ReactNode)(route);
}

/** The play screen, drawn at once when its code is in (a play address waits for it before the first render). */
function PlayRoute({ attemptId }: { attemptId: string }) {
  const { PlayScreen } = use(loadPlayScreen());
  return <PlayScreen attemptId={attemptId} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('common.pageNotFound')}</h1>
      <Link href={paths.home()}>{t('common.backHome')}</Link>
    </section>
  );
}
