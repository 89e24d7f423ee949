import { lazy, Suspense, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { usePracticeSummaries, type SummaryEntry } from '../../common/use-sets';
import { useProgressBySet } from '../../common/use-progress';
import type { SetProgress } from '../../db/progress';
import { MIXED_SET_ID, REVIEW_SET_ID } from '../../domain/pseudo-sets';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { planLearningPath } from '../../domain/learning-path';
import { languageName } from '../../i18n/languages';
import { SetCard } from './SetCard';

let cards: ReturnType<typeof loadCards> | undefined;
const loadCards = () => import('./home-cards');
/** Home's cards and their strings, asked for as Home is first drawn, so they load while the learner's figures are read. */
function preloadCards(i18n: I18n): void {
  if (cards) return;
  cards = loadCards();
  void i18n.loadNamespaces(['checkup', 'review']);
}
const CheckUpOfferCard = lazy(() => (cards ?? loadCards()).then((m) => ({ default: m.CheckUpOfferCard })));
const ReviewCard = lazy(() => (cards ?? loadCards()).then((m) => ({ default: m.ReviewCard })));
const MixedPracticeCard = lazy(() => (cards ?? loadCards()).then((m) => ({ default: m.MixedPracticeCard })));

const asPathSet = (entry: SummaryEntry) => ({ entry, id: entry.summary.id, language: entry.summary.language, level: entry.summary.level, statements: entry.summary.itemCount });

type LearningPlan = ReturnType<typeof planLearningPath<ReturnType<typeof asPathSet>>>;

const NO_PROGRESS: ReadonlyMap<string, SetProgress> = new Map();

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  preloadCards(i18n);
  const sets = usePracticeSummaries();
  const pathSets = sets.map(asPathSet);
  // Home waits for the open attempts of the cards it shows; a folded language reads its own behind it.
  const shown = planLearningPath(pathSets, i18n.language, NO_PROGRESS).path.map(({ id }) => id);
  const progress = useProgressBySet([REVIEW_SET_ID, MIXED_SET_ID, ...shown]);
  const plan = planLearningPath(pathSets, i18n.language, progress ?? NO_PROGRESS);
  const heading = (
    <>
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
    </>
  );
  // The sets show once the learner's figures are read (a few milliseconds) and the cards' code is in, built once, not
  // first with zeros, and all at once, so nothing moves as a card arrives.
  if (!progress) return <section aria-labelledby="home-title">{heading}</section>;

  return (
    <section aria-labelledby="home-title">
      {heading}
      <Suspense fallback={null}>
        <HomeBody sets={sets} plan={plan} progress={progress} />
      </Suspense>
    </section>
  );
}

function HomeBody({ sets, plan, progress }: { sets: readonly SummaryEntry[]; plan: LearningPlan; progress: ReadonlyMap<string, SetProgress> }) {
  const { t } = useTranslation();
  const mark = (id: string) => (plan.next?.id !== id ? null : plan.firstStep ? 'start' : 'next');
  return (
    <>
      <CheckUpOfferCard />
      {plan.next ? (
        <p>
          <Link className="button primary" href={paths.set(plan.next.id)}>
            {t(plan.firstStep ? 'path.startWith' : 'path.continueWith', { title: plan.next.entry.summary.title })}
          </Link>
        </p>
      ) : null}
      <ul className="set-list">
        <ReviewCard sets={sets} progress={progress.get(REVIEW_SET_ID)} />
        <MixedPracticeCard sets={sets} progress={progress.get(MIXED_SET_ID)} />
      </ul>
      {plan.path.length ? (
        <section aria-labelledby="path-title">
          <h2 id="path-title">{t('path.title')}</h2>
          {plan.next ? null : <p className="set-meta">{t('path.allDone')}</p>}
          <ol className="set-list path">
            {plan.path.map(({ entry }) => (
              <SetCard key={entry.summary.id} entry={entry} progress={progress.get(entry.summary.id)} mark={mark(entry.summary.id)} />
            ))}
          </ol>
        </section>
      ) : null}
      {plan.elsewhere.map(({ language, sets: group }) => (
        <OtherLanguage key={language} language={language} entries={group.map(({ entry }) => entry)} progress={progress} />
      ))}
    </>
  );
}

/**
 * Sets in another language, folded away; their cards are built when the learner unfolds them, not with Home. Their
 * open attempts are read once Home is shown; until then a card has its figures from Home's read.
 */
function OtherLanguage({ language, entries, progress }: { language: string; entries: SummaryEntry[]; progress: ReadonlyMap<string, SetProgress> }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const mine = useProgressBySet(entries.map(({ summary }) => summary.id)) ?? progress;
  return (
    <details className="other-language" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 id={`sets-${language}`}>{t('path.otherLanguage', { language: languageName(language, i18n.language) })}</h2>{' '}
        <span className="set-meta">{t('path.setsCount', { count: entries.length })}</span>
      </summary>
      <section aria-labelledby={`sets-${language}`}>
        {open ? (
          <ul className="set-list">
            {entries.map((entry) => (
              <SetCard key={entry.summary.id} entry={entry} progress={mine.get(entry.summary.id)} mark={null} />
            ))}
          </ul>
        ) : null}
      </section>
    </details>
  );
}
