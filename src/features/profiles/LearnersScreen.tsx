import { useTranslation } from 'react-i18next';
import { navigate, paths } from '../../common/router';
import { Link } from '../../common/Link';
import { ProfilePicker } from './ProfilePicker';

/** Switching learner: the same start screen, and the way to the teacher's profile tools. */
export function LearnersScreen() {
  const { t } = useTranslation('profiles');
  return (
    <>
      <ProfilePicker onChosen={() => navigate(paths.home())} />
      <p>
        <Link href={paths.manageLearners()}>{t('picker.manage')}</Link>
      </p>
    </>
  );
}
