import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../common/database-context';
import { useAllSets } from '../../common/use-sets';
import { downloadText } from '../../common/download';
import { TableScroll } from '../../common/TableScroll';
import { listClassAnswers } from '../../db/results';
import { CHECK_UP_SIZE, PRACTICE_BEFORE_SECOND_CHECK_UP } from '../../domain/check-up';
import type { CheckUpScore } from '../../domain/check-up-score';
import { buildClassCheckUps, whyNoGain } from '../../domain/class-check-up';
import { classCheckUpCsv } from '../../domain/class-csv';
import { LABELS, type Label } from '../../domain/quiz-schema';
import { languageName } from '../../i18n/languages';

/** Check-ups apart from practice: each learner's before and after, the class's averages per label and its gain, and what they cannot tell. */
export function CheckUpResults() {
  const { t, i18n } = useTranslation('classroom');
  const db = useDb();
  const sets = useAllSets();
  const answers = useLiveQuery(() => listClassAnswers(db), [db]);
  if (answers === undefined) return <p role="status">{t('loading')}</p>;

  const checkUps = buildClassCheckUps(answers, sets.map(({ quiz }) => quiz));
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const share = (value: number | null | undefined) => (value === null || value === undefined ? '—' : percent.format(value));
  const labelName = (label: Label) => t(`app:labels.${label}.name`);
  const languages = new Set(checkUps.learners.map((row) => row.language));
  const both = checkUps.class.learners;
  const onlyOne = checkUps.learners.filter((row) => row.outcome.after === null).length;
  const notCompared = checkUps.learners.length - both - onlyOne;
  const practisedFirst = checkUps.learners.some((row) => row.outcome.practice.before);

  const beforeAfterHead = (first: string) => (
    <thead>
      <tr>
        {[first, t('checkUp.before'), t('checkUp.after'), t('checkUp.gain')].map((heading) => (
          <th key={heading} scope="col">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );

  const side = (score: CheckUpScore | null, practisedBefore = false) =>
    score ? (
      <>
        <span className="check-up-form">{t(`checkUp.form.${score.form}`)}</span>
        {practisedBefore ? <span className="check-up-note">{t('checkUp.afterPractice')}</span> : null}
        <strong className="check-up-score">{t('table.scoreValue', { right: score.correct, answered: score.answered })}</strong>
        {score.answered < CHECK_UP_SIZE ? <span className="check-up-note">{t('checkUp.unfinished', { answered: score.answered, size: CHECK_UP_SIZE })}</span> : null}
        <ul className="check-up-labels">
          {LABELS.map((label) => (
            <li key={label}>{t('checkUp.labelScore', { label: labelName(label), right: score.byLabel[label].correct, total: score.byLabel[label].total })}</li>
          ))}
        </ul>
      </>
    ) : (
      <span className="check-up-note">{t('checkUp.notTaken')}</span>
    );

  return (
    <section aria-labelledby="check-up-title" className="class-check-ups">
      <h2 id="check-up-title">{t('checkUp.title')}</h2>
      <p>{t('checkUp.intro', { size: CHECK_UP_SIZE })}</p>
      {practisedFirst ? <p>{t('checkUp.practisedFirst', { count: PRACTICE_BEFORE_SECOND_CHECK_UP })}</p> : null}
      {checkUps.learners.length === 0 ? (
        <p>{t('checkUp.empty')}</p>
      ) : (
        <>
          <p>
            {[t('checkUp.tookBoth', { count: both + notCompared }), notCompared > 0 ? t('checkUp.notCompared', { count: notCompared }) : null, onlyOne > 0 ? t('checkUp.onlyOne', { count: onlyOne }) : null]
              .filter((sentence) => sentence !== null)
              .join(' ')}
          </p>
          {checkUps.unscored > 0 ? <p className="as-reported-note">{t('checkUp.unscored', { count: checkUps.unscored })}</p> : null}
          <TableScroll label={t('checkUp.learnersCaption')}>
            <table className="check-up-learners">
              <caption>{t('checkUp.learnersCaption')}</caption>
              {beforeAfterHead(t('table.learner'))}
              <tbody>
                {checkUps.learners.map((row) => {
                  const reason = whyNoGain(row.outcome);
                  return (
                    <tr key={`${row.learnerKey}/${row.language}`}>
                      <th scope="row">
                        <bdi>{t('table.learnerOnDevice', { name: row.name, device: row.deviceName })}</bdi>
                        {languages.size > 1 ? <span className="statement-set">{languageName(row.language, i18n.language)}</span> : null}
                      </th>
                      <td>{side(row.outcome.before, row.outcome.practice.before)}</td>
                      <td>{side(row.outcome.after)}</td>
                      <td>
                        {reason === null ? (
                          <strong className="check-up-score">{share(row.outcome.gain)}</strong>
                        ) : (
                          <span className="check-up-note">{reason === 'little-practice' ? t('checkUp.noGain.little-practice', { count: PRACTICE_BEFORE_SECOND_CHECK_UP }) : t(`checkUp.noGain.${reason}`, { size: CHECK_UP_SIZE })}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {both === 0 ? (
            <p>{t(notCompared > 0 ? 'checkUp.noClassGainNotCompared' : 'checkUp.noClassGain')}</p>
          ) : (
            <TableScroll label={t('checkUp.classCaption')}>
              <table className="check-up-class">
                <caption>{t('checkUp.classCaption', { count: both })}</caption>
                {beforeAfterHead(t('checkUp.statements'))}
                <tbody>
                  <tr>
                    <th scope="row">{t('checkUp.allStatements')}</th>
                    <td>{share(checkUps.class.before?.overall)}</td>
                    <td>{share(checkUps.class.after?.overall)}</td>
                    <td>{share(checkUps.class.gain?.overall)}</td>
                  </tr>
                  {LABELS.map((label) => (
                    <tr key={label}>
                      <th scope="row">{labelName(label)}</th>
                      <td>{share(checkUps.class.before?.byLabel[label])}</td>
                      <td>{share(checkUps.class.after?.byLabel[label])}</td>
                      <td>{share(checkUps.class.gain?.byLabel[label])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <p>{t('checkUp.gainExplained')}</p>
          <h3>{t('checkUp.cannotTell.title')}</h3>
          <ul className="check-up-limits">
            <li>{t('checkUp.cannotTell.fewStatements')}</li>
            <li>{t('checkUp.cannotTell.fewLearners', { count: both })}</li>
            <li>{t('checkUp.cannotTell.oneClass')}</li>
            <li>{t('checkUp.cannotTell.forms')}</li>
          </ul>
          <div className="actions">
            <button type="button" onClick={() => downloadText(`class-check-ups-${new Date().toISOString().slice(0, 10)}.csv`, classCheckUpCsv(checkUps, Date.now()), 'text/csv;charset=utf-8')}>
              {t('checkUp.exportCsv')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
