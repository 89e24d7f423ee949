import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { LABELS, type Label } from '../../domain/quiz-schema';
import { TableScroll } from '../../common/TableScroll';

/** What was chosen for each true label; the shade of a cell grows with its share of the row. */
export function ConfusionTable({ confusion }: { confusion: Record<Label, Record<Label, number>> }) {
  const { t } = useTranslation('progress');
  return (
    <TableScroll label={t('confusion.caption')}>
      <table className="confusion">
        <caption>{t('confusion.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={LABELS.length}>
              {t('confusion.chosen')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('confusion.trueLabel')}</th>
            {LABELS.map((label) => (
              <th scope="col" key={label}>
                {t(`app:labels.${label}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LABELS.map((actual) => {
            const total = LABELS.reduce((sum, chosen) => sum + confusion[actual][chosen], 0);
            return (
              <tr key={actual}>
                <th scope="row">{t(`app:labels.${actual}.name`)}</th>
                {LABELS.map((chosen) => {
                  const count = confusion[actual][chosen];
                  const share = total ? count / total : 0;
                  return (
                    <td key={chosen} className={chosen === actual ? 'diagonal' : 'off-diagonal'} style={{ '--share': share } as CSSProperties}>
                      {count}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
