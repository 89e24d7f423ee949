import { useTranslation } from 'react-i18next';
import { OWN_PUBLISHER, type Source } from '../domain/quiz-schema';

/** A source credit; URLs from files become links only when they are http(s). */
export function SourceCredit({ source, compact = false }: { source: Source; compact?: boolean }) {
  const { t } = useTranslation();
  if (compact && source.publisher === OWN_PUBLISHER) return <p className="credit compact">{t('credit.practiceText')}</p>;
  const title = isWebUrl(source.url) ? (
    <a href={source.url} rel="noreferrer noopener" target="_blank">
      {source.title}
    </a>
  ) : (
    source.title
  );
  const licence = isWebUrl(source.licence.url) ? (
    <a href={source.licence.url} rel="license noreferrer noopener" target="_blank">
      {source.licence.name}
    </a>
  ) : (
    source.licence.name
  );
  return (
    <p className={compact ? 'credit compact' : 'credit'}>
      {t('credit.source')} <cite>{title}</cite>, {source.publisher}, {source.date}. {t('credit.licence')} {licence}.
    </p>
  );
}

export function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
