import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../common/database-context';
import { useAllSets } from '../../common/use-sets';
import { keyLookup } from '../../common/label-lookup';
import { downloadText } from '../../common/download';
import { StorageMessage } from '../../common/StorageMessage';
import { TableScroll } from '../../common/TableScroll';
import { formatShare } from '../../common/format-number';
import { clearClassResults, listClassAnswers } from '../../db/results';
import { buildClassTable, isCheckUpAnswer, type ClassFilter } from '../../domain/class-table';
import { classScoresCsv, classStatementsCsv } from '../../domain/class-csv';
import { ClassFilters } from './ClassFilters';

/** What the class gets wrong on the first try: statements hardest first, then each learner's score and confusions. */
export function ClassTableView() {
  const { t, i18n } = useTranslation('classroom');
  const db = useDb();
  const sets = useAllSets();
  const answers = useLiveQuery(() => listClassAnswers(db), [db]);
  const [filter, setFilter] = useState<ClassFilter>({});
  const [confirmClear, setConfirmClear] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (answers === undefined) return <p role="status">{t('loading')}</p>;

  const table = buildClassTable(answers, keyLookup(sets), filter);
  const titles = new Map(sets.map(({ quiz }) => [quiz.id, quiz.title]));
  const languages = new Map(sets.map(({ quiz }) => [quiz.id, quiz.language]));
  const titleOf = (setId: string) => titles.get(setId) ?? setId;
  const share = (right: number, of: number) => t('table.share', { right, of, share: formatShare(right, of, i18n.language) });
  const labelName = (label: string | undefined) => (label ? t(`app:labels.${label}.name`) : '—');
  const practice = answers.filter((answer) => !isCheckUpAnswer(answer));
  const answeredSets = [...new Set(practice.map((answer) => answer.setId))].sort((a, b) => titleOf(a).localeCompare(titleOf(b)));
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('table.title')}</h2>
      {answers.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : (
        <>
          {practice.length === 0 ? (
            <p>{t('table.onlyCheckUps')}</p>
          ) : (
            <>
              <ClassFilters sets={answeredSets.map((setId) => ({ id: setId, title: titleOf(setId) }))} filter={filter} onChange={setFilter} />
              <p>
                {t('table.counts', { learners: t('table.learnerCount', { count: table.learners.length }), answers: t('table.answerCount', { count: table.answers }) })}
              </p>
              {table.mismatches > 0 ? <p className="key-mismatch">{t('table.mismatch', { count: table.mismatches })}</p> : null}
              {table.reportedSets.length > 0 ? (
                <p className="as-reported-note">{t('table.reportedSets', { sets: table.reportedSets.join(', '), count: table.reportedSets.length })}</p>
              ) : null}
              {table.statements.length === 0 ? <p>{t('table.noneInFilter')}</p> : null}
              {table.statements.length > 0 ? (
                <>
                  <TableScroll label={t('table.statementsCaption')}>
                    <table className="class-statements">
                      <caption>{t('table.statementsCaption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('table.statement')}</th>
                          <th scope="col">{t('table.key')}</th>
                          <th scope="col">{t('table.learners')}</th>
                          <th scope="col">{t('table.rightFirst')}</th>
                          <th scope="col">{t('table.rightLatest')}</th>
                          <th scope="col">{t('table.commonWrong')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {table.statements.map((row) => (
                          <tr key={`${row.setId}/${row.itemId}`}>
                            <th scope="row" lang={languages.get(row.setId)} dir="auto">
                              <span className="statement-set">
                                {titleOf(row.setId)}
                                {row.label ? '' : ` · ${t('table.asReported')}`}
                              </span>{' '}
                              <span>{row.text ?? row.itemId}</span>
                            </th>
                            <td>{labelName(row.label)}</td>
                            <td>{row.learners}</td>
                            <td>{share(row.firstRight, row.learners)}</td>
                            <td>{share(row.latestRight, row.learners)}</td>
                            <td>{labelName(row.commonWrong)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                  <TableScroll label={t('table.learnersCaption')}>
                    <table className="class-learners">
                      <caption>{t('table.learnersCaption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('table.learner')}</th>
                          <th scope="col">{t('table.rightFirst')}</th>
                          <th scope="col">{t('table.rightLatest')}</th>
                          <th scope="col">{t('table.confusions')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {table.learners.map((learner) => (
                          <tr key={learner.learnerKey}>
                            <th scope="row">
                              {t('table.learnerOnDevice', { name: learner.name, device: learner.deviceName })}
                              {learner.reported ? <span className="statement-set">{t('table.learnerReported', { count: learner.reported })}</span> : null}
                            </th>
                            <td>{t('table.scoreValue', { right: learner.firstRight, answered: learner.answered })}</td>
                            <td>{t('table.scoreValue', { right: learner.latestRight, answered: learner.answered })}</td>
                            <td>
                              {learner.confusions.length
                                ? learner.confusions.map((pair) => (
                                    <span key={`${pair.label}>${pair.chosen}`} className="confusion-pair">
                                      {t('table.confusion', { label: labelName(pair.label), chosen: labelName(pair.chosen), count: pair.count })}
                                    </span>
                                  ))
                                : t('table.noConfusions')}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                </>
              ) : null}
            </>
          )}
          <div className="actions">
            <button type="button" disabled={practice.length === 0} onClick={() => downloadText(`class-statements-${stamp}.csv`, classStatementsCsv(table, titleOf), 'text/csv;charset=utf-8')}>
              {t('table.exportCsv')}
            </button>
            <button type="button" disabled={practice.length === 0} onClick={() => downloadText(`class-scores-${stamp}.csv`, classScoresCsv(table, Date.now()), 'text/csv;charset=utf-8')}>
              {t('table.exportScores')}
            </button>
            <button type="button" className="danger" onClick={() => setConfirmClear(true)}>
              {t('table.clear')}
            </button>
          </div>
          {confirmClear ? (
            <div role="alertdialog" aria-labelledby="confirm-clear" className="learner-confirm">
              <p id="confirm-clear">{t('table.confirmClear')}</p>
              <button type="button" className="danger" autoFocus onClick={() => clearClassResults(db).then(() => setConfirmClear(false), setError)}>
                {t('table.yesClear')}
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                {t('table.cancel')}
              </button>
            </div>
          ) : null}
        </>
      )}
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
