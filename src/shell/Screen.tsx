import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../shared/Link';
import { paths, type Route } from '../shared/router';
import { HomeScreen } from '../features/home/HomeScreen';
import { SetStartScreen } from '../features/set-start/SetStartScreen';
import { PlayScreen } from '../features/play/PlayScreen';
import { ProfileGate } from '../features/profiles/ProfileGate';
import { LearnersScreen } from '../features/profiles/LearnersScreen';

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

/** Routes to screens: the one place that knows which feature draws which address. */
export function Screen({ route }: { route: Route }) {
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

