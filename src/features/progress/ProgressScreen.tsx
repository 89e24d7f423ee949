import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../common/database-context';
import { useActiveProfile } from '../../common/profile';
import { useSetSummaries, useSets } from '../../common/use-sets';
import { practiceSets } from '../../domain/set-library';
import { isCheckUp } from '../../domain/check-up';
import { buildProgress } from '../../domain/aggregates';
import { CheckUpProgress } from './CheckUpProgress';
import { labelLookup } from '../../common/label-lookup';
import { loadProgressTallies } from '../../db/progress-report';
import { formatShare } from '../../common/format-number';
import { LABELS } from '../../domain/quiz-schema';
import { ConfusionTable } from './ConfusionTable';
import { AccuracyChart } from './AccuracyChart';
import { ExportResults } from './ExportResults';
import './progress.css';
import { TableScroll } from '../../common/TableScroll';

export function ProgressScreen() {
  const { t, i18n } = useTranslation('progress');
  const db = useDb();
  const profile = useActiveProfile();
  const sets = useSetSummaries();
  const profileId = profile?.id ?? '';
  const tallies = useLiveQuery(() => loadProgressTallies(db, profileId), [db, profileId]);
  // Fetched for this screen: the sets this learner has practised in (their keys) and the check-ups (their results
  // leave in the files and codes below); not every set.
  const checkUpIds = sets.flatMap(({ summary }) => (isCheckUp(summary) ? [summary.id] : []));
  const played = useSets(tallies ? [...tallies.cards.map((card) => card.setId), ...checkUpIds] : []);
  if (!profile || !tallies || !played) return <p role="status">{t('loading')}</p>;
  const report = buildProgress(tallies.cards, tallies.days, labelLookup(played), Date.now());
  const answered = new Map([...report.bySet].map(([setId, tally]) => [setId, tally.lastAnsweredAt]));
  const share = (right: number, answered: number) => (answered ? formatShare(right, answered, i18n.language) : '—');

  return (
    <section aria-labelledby="progress-title" className="progress-screen">
      <h1 id="progress-title">{t('title', { name: profile.name })}</h1>
      {report.answered === 0 ? (
        <p className="lead">{t('empty')}</p>
      ) : (
        <>
          <p className="score">{t('overall', { right: report.right, count: report.answered, share: share(report.right, report.answered) })}</p>
          <table className="by-label">
            <caption>{t('byLabel.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('byLabel.label')}</th>
                <th scope="col">{t('byLabel.right')}</th>
                <th scope="col">{t('byLabel.accuracy')}</th>
              </tr>
            </thead>
            <tbody>
              {LABELS.map((label) => (
                <tr key={label}>
                  <th scope="row">{t(`app:labels.${label}.name`)}</th>
                  <td>{t('byLabel.rightOf', { right: report.byLabel[label].right, total: report.byLabel[label].answered })}</td>
                  <td>{share(report.byLabel[label].right, report.byLabel[label].answered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ConfusionTable confusion={report.confusion} />
          <h2>{t('overTime.title')}</h2>
          <AccuracyChart days={report.days} />
        </>
      )}
      <TableScroll label={t('bySet.caption')}>
        <table className="by-set">
          <caption>{t('bySet.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bySet.set')}</th>
              <th scope="col">{t('bySet.seen')}</th>
              <th scope="col">{t('bySet.mastered')}</th>
              <th scope="col">{t('bySet.due')}</th>
            </tr>
          </thead>
          <tbody>
            {practiceSets(sets).map(({ summary }) => {
              const tally = report.bySet.get(summary.id);
              return (
                <tr key={summary.id}>
                  <th scope="row" lang={summary.language}>
                    {summary.title}
                  </th>
                  <td>{t('bySet.ofTotal', { count: tally?.seen ?? 0, total: summary.itemCount })}</td>
                  <td>{tally?.mastered ?? 0}</td>
                  <td>{tally?.due ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <CheckUpProgress />
      <ExportResults profile={profile} sets={played} answered={answered} />
    </section>
  );
}
