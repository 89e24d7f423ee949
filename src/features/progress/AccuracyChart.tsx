import { useTranslation } from 'react-i18next';
import type { DayTally } from '../../domain/aggregates';
import { formatDay, formatFraction } from '../../common/format-number';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 14;

/** Share right per day as a line; the same numbers follow as a table for screen readers and for reading exactly. */
export function AccuracyChart({ days }: { days: readonly DayTally[] }) {
  const { t, i18n } = useTranslation('progress');
  const percent = { format: (fraction: number) => formatFraction(fraction, i18n.language) };
  if (days.length === 0) return <p>{t('overTime.none')}</p>;
  const share = (day: DayTally) => (day.answered ? day.right / day.answered : 0);
  const step = days.length > 1 ? (WIDTH - 2 * PAD) / (days.length - 1) : 0;
  const points = days.map((day, index) => [PAD + index * step, PAD + (1 - share(day)) * (HEIGHT - 2 * PAD)] as const);
  const first = days[0] as DayTally;
  const last = days[days.length - 1] as DayTally;
  const dayName = (key: string) => formatDay(key, i18n.language);
  const label =
    days.length === 1
      ? t('overTime.summaryOneDay', { day: dayName(last.day), last: percent.format(share(last)) })
      : t('overTime.summaryDays', { first: percent.format(share(first)), firstDay: dayName(first.day), last: percent.format(share(last)), lastDay: dayName(last.day) });

  return (
    <figure className="accuracy-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <line x1={PAD} x2={WIDTH - PAD} y1={PAD} y2={PAD} className="grid" />
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} className="grid" />
        <text x={WIDTH - PAD} y={PAD - 2} className="tick">
          {percent.format(1)}
        </text>
        <text x={WIDTH - PAD} y={HEIGHT / 2 - 2} className="tick">
          {percent.format(0.5)}
        </text>
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} className="axis" />
        <polyline points={points.map(([x, y]) => `${x},${y}`).join(' ')} className="line" />
        {points.map(([x, y], index) => (
          <circle key={days[index]?.day} cx={x} cy={y} r={3.5} className="point" />
        ))}
      </svg>
      <figcaption>{label}</figcaption>
      <details>
        <summary>{t('overTime.showTable')}</summary>
        <table>
          <caption>{t('overTime.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overTime.day')}</th>
              <th scope="col">{t('overTime.answered')}</th>
              <th scope="col">{t('overTime.right')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{dayName(day.day)}</th>
                <td>{day.answered}</td>
                <td>{percent.format(share(day))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
