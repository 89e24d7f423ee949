import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../shared/database-context';
import { useActiveProfile } from '../../shared/profile';
import { useAllSets } from '../../shared/use-sets';
import { practiceSets } from '../../domain/set-library';
import { CheckUpProgress } from './CheckUpProgress';
import { labelLookup } from '../../shared/label-lookup';
import { loadProgressReport } from '../../db/progress-report';
import { formatShare } from '../../shared/format-number';
import { LABELS } from '../../domain/quiz-schema';
import { ConfusionTable } from './ConfusionTable';
import { AccuracyChart } from './AccuracyChart';
import { ExportResults } from './ExportResults';
import './progress.css';
import { TableScroll } from '../../shared/TableScroll';

export function ProgressScreen() {
  const { t, i18n } = useTranslation('progress');
  const db = useDb();
  const profile = useActiveProfile();
  const sets = useAllSets();
  const profileId = profile?.id ?? '';
  const labelOf = useMemo(() => labelLookup(sets), [sets]);
  const report = useLiveQuery(() => loadProgressReport(db, profileId, labelOf), [db, profileId, labelOf]);
  if (!profile || !report) return <p role="status">{t('loading')}</p>;
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
            {practiceSets(sets).map(({ quiz }) => {
              const tally = report.bySet.get(quiz.id);
              return (
                <tr key={quiz.id}>
                  <th scope="row" lang={quiz.language}>
                    {quiz.title}
                  </th>
                  <td>{t('bySet.ofTotal', { count: tally?.seen ?? 0, total: quiz.items.length })}</td>
                  <td>{tally?.mastered ?? 0}</td>
                  <td>{tally?.due ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <CheckUpProgress />
      <ExportResults profile={profile} sets={sets} answered={answered} />
    </section>
  );
}
