import { useTranslation } from 'react-i18next';
import type { ClassFilter } from '../../domain/class-table';

const dayStartOf = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : undefined);
const dayAfter = (value: string) => {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + 1);
  return date.getTime();
};
const dateValue = (time: number | undefined, back = 0) => {
  if (time === undefined) return '';
  const date = new Date(time);
  date.setDate(date.getDate() - back);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** Which answers the class tables count: one set or all, practice or test or both, a range of days. */
export function ClassFilters({ sets, filter, onChange }: { sets: { id: string; title: string }[]; filter: ClassFilter; onChange: (filter: ClassFilter) => void }) {
  const { t } = useTranslation('classroom');
  return (
    <fieldset className="class-filters">
      <legend>{t('filter.legend')}</legend>
      <label className="learner-field">
        <span>{t('filter.set')}</span>
        <select value={filter.setId ?? ''} onChange={(event) => onChange({ ...filter, setId: event.target.value || undefined })}>
          <option value="">{t('filter.allSets')}</option>
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.title}
            </option>
          ))}
        </select>
      </label>
      <label className="learner-field">
        <span>{t('filter.mode')}</span>
        <select value={filter.mode ?? ''} onChange={(event) => onChange({ ...filter, mode: (event.target.value || undefined) as ClassFilter['mode'] })}>
          <option value="">{t('filter.bothModes')}</option>
          <option value="practice">{t('filter.practice')}</option>
          <option value="test">{t('filter.test')}</option>
        </select>
      </label>
      <label className="learner-field">
        <span>{t('filter.from')}</span>
        <input type="date" value={dateValue(filter.from)} onChange={(event) => onChange({ ...filter, from: dayStartOf(event.target.value) })} />
      </label>
      <label className="learner-field">
        <span>{t('filter.to')}</span>
        <input type="date" value={dateValue(filter.to, 1)} onChange={(event) => onChange({ ...filter, to: dayAfter(event.target.value) })} />
      </label>
    </fieldset>
  );
}
