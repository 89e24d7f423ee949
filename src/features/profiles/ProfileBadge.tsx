import { useTranslation } from 'react-i18next';
import { useActiveProfile } from '../../common/profile';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { pictureFor } from '../../domain/profile-pictures';
import './profiles.css';

/** The active learner in the header, with the way to switch. */
export function ProfileBadge() {
  const { t } = useTranslation('profiles');
  const profile = useActiveProfile();
  if (!profile) return null;
  return (
    <p className="profile-badge">
      <span className="profile-picture" aria-hidden="true">
        {pictureFor(profile.picture).emoji}
      </span>
      <span>{t('badge.learner', { name: profile.name })}</span>
      <Link href={paths.learners()}>{t('badge.switch')}</Link>
    </p>
  );
}
