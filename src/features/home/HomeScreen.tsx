import { useTranslation } from 'react-i18next';
import { usePracticeSets, type SetEntry } from '../../shared/use-sets';
import { useProgressBySet } from '../../shared/use-progress';
import { MIXED_SET_ID, REVIEW_SET_ID } from '../../domain/pseudo-sets';
import { Link } from '../../shared/Link';
import { paths } from '../../shared/router';
import { planLearningPath } from '../../domain/learning-path';
import { languageName } from '../../i18n/languages';
import { ReviewCard } from './ReviewCard';
import { MixedPracticeCard } from './MixedPracticeCard';
import { SetCard } from './SetCard';
import { CheckUpOfferCard } from './CheckUpOfferCard';

const asPathSet = (entry: SetEntry) => ({ entry, id: entry.quiz.id, language: entry.quiz.language, level: entry.quiz.level, statements: entry.quiz.items.length });

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const sets = usePracticeSets();
  const progress = useProgressBySet([REVIEW_SET_ID, MIXED_SET_ID, ...sets.map(({ quiz }) => quiz.id)]);
  const plan = planLearningPath(sets.map(asPathSet), i18n.language, progress ?? new Map());
  const mark = (id: string) => (plan.next?.id !== id ? null : plan.firstStep ? 'start' : 'next');

  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <CheckUpOfferCard />
      {plan.next ? (
        <p>
          <Link className="button primary" href={paths.set(plan.next.id)}>
            {t(plan.firstStep ? 'path.startWith' : 'path.continueWith', { title: plan.next.entry.quiz.title })}
          </Link>
        </p>
      ) : null}
      <ul className="set-list">
        <ReviewCard sets={sets} progress={progress?.get(REVIEW_SET_ID)} />
        <MixedPracticeCard sets={sets} progress={progress?.get(MIXED_SET_ID)} />
      </ul>
      {plan.path.length ? (
        <section aria-labelledby="path-title">
          <h2 id="path-title">{t('path.title')}</h2>
          {plan.next ? null : <p className="set-meta">{t('path.allDone')}</p>}
          <ol className="set-list path">
            {plan.path.map(({ entry }) => (
              <SetCard key={entry.quiz.id} entry={entry} progress={progress?.get(entry.quiz.id)} mark={mark(entry.quiz.id)} />
            ))}
          </ol>
        </section>
      ) : null}
      {plan.elsewhere.map(({ language, sets: group }) => (
        <details key={language} className="other-language">
          <summary>
            <h2 id={`sets-${language}`}>{t('path.otherLanguage', { language: languageName(language, i18n.language) })}</h2>{' '}
            <span className="set-meta">{t('path.setsCount', { count: group.length })}</span>
          </summary>
          <section aria-labelledby={`sets-${language}`}>
            <ul className="set-list">
              {group.map(({ entry }) => (
                <SetCard key={entry.quiz.id} entry={entry} progress={progress?.get(entry.quiz.id)} mark={null} />
              ))}
            </ul>
          </section>
        </details>
      ))}
    </section>
  );
}
