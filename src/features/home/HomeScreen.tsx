import { useTranslation } from 'react-i18next';
import { useAllSets } from '../../app/use-sets';
import { useProgressBySet } from '../../app/use-progress';
import { Link } from '../../app/Link';
import { paths } from '../../app/router';
import { SourceCredit } from '../about/SourceCredit';
import { MixedPracticeCard } from './MixedPracticeCard';
import { MIXED_SET_ID } from '../../app/start-attempt';
import { ReviewCard } from '../review/ReviewCard';
import { REVIEW_SET_ID } from '../../db/review';

export function HomeScreen() {
  const { t } = useTranslation();
  const sets = useAllSets();
  const progress = useProgressBySet([REVIEW_SET_ID, MIXED_SET_ID, ...sets.map(({ quiz }) => quiz.id)]);

  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="set-list">
        <ReviewCard sets={sets} progress={progress?.get(REVIEW_SET_ID)} />
        <MixedPracticeCard sets={sets} progress={progress?.get(MIXED_SET_ID)} />
        {sets.map(({ quiz }) => {
          const mine = progress?.get(quiz.id);
          const open = mine?.openAttempt;
          return (
            <li key={quiz.id} className="set-card">
              <h2>
                <Link href={paths.set(quiz.id)}>{quiz.title}</Link>
              </h2>
              <p className="set-meta">
                <span>{t('home.statements', { count: quiz.items.length })}</span>
                {' · '}
                <span>{t('home.progress', { right: mine?.right ?? 0, total: quiz.items.length })}</span>
              </p>
              <progress max={quiz.items.length} value={mine?.right ?? 0} aria-label={t('home.progressLabel', { title: quiz.title })} />
              {open ? (
                <p>
                  <Link className="button primary" href={paths.play(open.id)} aria-label={t('home.continueSet', { title: quiz.title })}>
                    {t('home.continue', { current: Math.min(open.position + 1, open.items.length), total: open.items.length })}
                  </Link>
                </p>
              ) : null}
              <SourceCredit source={quiz.source} compact />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
