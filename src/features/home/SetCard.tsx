import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from '../../common/use-sets';
import type { SetProgress } from '../../db/progress';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { directionOf } from '../../i18n/languages';
import { SourceCredit } from '../../common/SourceCredit';

export type PathMark = 'start' | 'next' | null;

/** One set on Home: its level, title, progress, a way back into an unfinished attempt, and its credit. */
export const SetCard = memo(function SetCard({ entry, progress, mark }: { entry: SummaryEntry; progress: SetProgress | undefined; mark: PathMark }) {
  const { t } = useTranslation();
  const { summary: set } = entry;
  const open = progress?.openAttempt;
  return (
    <li className={mark ? 'set-card recommended' : 'set-card'}>
      {set.level ? <p className="set-level">{t(`path.levels.${set.level}`)}</p> : null}
      {mark ? <p className="path-mark">{t(mark === 'start' ? 'path.startHere' : 'path.next')}</p> : null}
      <h3 lang={set.language} dir={directionOf(set.language)}>
        <Link href={paths.set(set.id)}>{set.title}</Link>
      </h3>
      <p className="set-meta">
        <span>{t('home.statements', { count: set.itemCount })}</span>
        {' · '}
        <span>{t('home.progress', { right: progress?.right ?? 0, total: set.itemCount })}</span>
      </p>
      <progress max={set.itemCount} value={progress?.right ?? 0} aria-label={t('home.progressLabel', { title: set.title })} />
      {open ? (
        <p>
          <Link className="button primary" href={paths.play(open.id)} aria-label={t('home.continueSet', { title: set.title })}>
            {t('home.continue', { current: Math.min(open.position + 1, open.items.length), total: open.items.length })}
          </Link>
        </p>
      ) : null}
      <SourceCredit source={set.source} compact />
    </li>
  );
});
