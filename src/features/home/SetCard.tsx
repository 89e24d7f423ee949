import { useTranslation } from 'react-i18next';
import type { SetEntry } from '../../shared/use-sets';
import type { SetProgress } from '../../db/progress';
import { Link } from '../../shared/Link';
import { paths } from '../../shared/router';
import { directionOf } from '../../i18n/languages';
import { SourceCredit } from '../../shared/SourceCredit';

export type PathMark = 'start' | 'next' | null;

/** One set on Home: its level, title, progress, a way back into an unfinished attempt, and its credit. */
export function SetCard({ entry, progress, mark }: { entry: SetEntry; progress: SetProgress | undefined; mark: PathMark }) {
  const { t } = useTranslation();
  const { quiz } = entry;
  const open = progress?.openAttempt;
  return (
    <li className={mark ? 'set-card recommended' : 'set-card'}>
      {quiz.level ? <p className="set-level">{t(`path.levels.${quiz.level}`)}</p> : null}
      {mark ? <p className="path-mark">{t(mark === 'start' ? 'path.startHere' : 'path.next')}</p> : null}
      <h3 lang={quiz.language} dir={directionOf(quiz.language)}>
        <Link href={paths.set(quiz.id)}>{quiz.title}</Link>
      </h3>
      <p className="set-meta">
        <span>{t('home.statements', { count: quiz.items.length })}</span>
        {' · '}
        <span>{t('home.progress', { right: progress?.right ?? 0, total: quiz.items.length })}</span>
      </p>
      <progress max={quiz.items.length} value={progress?.right ?? 0} aria-label={t('home.progressLabel', { title: quiz.title })} />
      {open ? (
        <p>
          <Link className="button primary" href={paths.play(open.id)} aria-label={t('home.continueSet', { title: quiz.title })}>
            {t('home.continue', { current: Math.min(open.position + 1, open.items.length), total: open.items.length })}
          </Link>
        </p>
      ) : null}
      <SourceCredit source={quiz.source} compact />
    </li>
  );
}
