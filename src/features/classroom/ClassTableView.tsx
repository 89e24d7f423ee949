import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/database-context';
import { useAllSets } from '../../app/use-sets';
import { labelLookup } from '../../app/label-lookup';
import { downloadText } from '../../app/download';
import { StorageMessage } from '../../app/StorageMessage';
import { clearClassResults } from '../../db/results';
import { buildClassTable, classTableToCsv } from '../../domain/class-table';

/** What the class gets wrong: statements hardest first, then each learner's score and confusions. */
export function ClassTableView() {
  const { t, i18n } = useTranslation('classroom');
  const db = useDb();
  const sets = useAllSets();
  const answers = useLiveQuery(() => db.classAnswers.toArray(), [db]);
  const [confirmClear, setConfirmClear] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (answers === undefined) return <p role="status">{t('loading')}</p>;

  const table = buildClassTable(answers, labelLookup(sets));
  const titles = new Map(sets.map(({ quiz }) => [quiz.id, quiz.title]));
  const languages = new Map(sets.map(({ quiz }) => [quiz.id, quiz.language]));
  const texts = new Map(sets.flatMap(({ quiz }) => quiz.items.map((item) => [`${quiz.id}\u0000${item.id}`, item.text] as const)));
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const labelName = (label: string | undefined) => (label ? t(`app:labels.${label}.name`) : '—');

  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('table.title')}</h2>
      {table.statements.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : (
        <>
          <p>{t('table.counts', { learners: table.learners.length, answers: answers.length })}</p>
          <div className="table-scroll">
            <table className="class-statements">
              <caption>{t('table.statementsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.statement')}</th>
                  <th scope="col">{t('table.key')}</th>
                  <th scope="col">{t('table.learners')}</th>
                  <th scope="col">{t('table.right')}</th>
                  <th scope="col">{t('table.commonWrong')}</th>
                </tr>
              </thead>
              <tbody>
                {table.statements.map((row) => (
                  <tr key={`${row.setId}/${row.itemId}`}>
                    <th scope="row" lang={languages.get(row.setId)}>
                      <span className="statement-set">{titles.get(row.setId) ?? row.setId}</span>{' '}
                      <span>{texts.get(`${row.setId}\u0000${row.itemId}`) ?? row.itemId}</span>
                    </th>
                    <td>{labelName(row.label)}</td>
                    <td>{row.learners}</td>
                    <td>{percent.format(row.right / row.learners)}</td>
                    <td>{labelName(row.commonWrong)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <table className="class-learners">
            <caption>{t('table.learnersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.learner')}</th>
                <th scope="col">{t('table.score')}</th>
                <th scope="col">{t('table.confusions')}</th>
              </tr>
            </thead>
            <tbody>
              {table.learners.map((learner) => (
                <tr key={learner.learnerKey}>
                  <th scope="row">{t('table.learnerOnDevice', { name: learner.name, device: learner.deviceName })}</th>
                  <td>{t('table.scoreValue', { right: learner.right, answered: learner.answered })}</td>
                  <td>
                    {learner.confusions.length
                      ? learner.confusions
                          .map((pair) => t('table.confusion', { label: labelName(pair.label), chosen: labelName(pair.chosen), count: pair.count }))
                          .join('; ')
                      : t('table.noConfusions')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" onClick={() => downloadText(`class-results-${new Date().toISOString().slice(0, 10)}.csv`, classTableToCsv(table), 'text/csv;charset=utf-8')}>
              {t('table.exportCsv')}
            </button>
            <button type="button" className="danger" onClick={() => setConfirmClear(true)}>
              {t('table.clear')}
            </button>
          </div>
          {confirmClear ? (
            <div role="alertdialog" aria-labelledby="confirm-clear" className="learner-confirm">
              <p id="confirm-clear">{t('table.confirmClear')}</p>
              <button
                type="button"
                className="danger"
                autoFocus
                onClick={() =>
                  clearClassResults(db).then(() => setConfirmClear(false), setError)
                }
              >
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
