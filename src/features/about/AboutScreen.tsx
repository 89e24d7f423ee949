import { useTranslation } from 'react-i18next';
import { LABELS, OWN_PUBLISHER } from '../../domain/quiz-schema';
import { useSetSummaries } from '../../common/use-sets';
import { LABEL_KEYS } from '../../common/play/label-text';
import { SourceCredit } from '../../common/SourceCredit';

export function AboutScreen() {
  const { t } = useTranslation('about');
  const sets = useSetSummaries();
  const sources = new Map(sets.filter(({ summary }) => summary.source.publisher !== OWN_PUBLISHER).map(({ summary }) => [JSON.stringify(summary.source), summary.source]));
  const ownTexts = sets.some(({ summary }) => summary.source.publisher === OWN_PUBLISHER);
  return (
    <section aria-labelledby="about-title" className="about">
      <h1 id="about-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <dl className="label-rules">
        {LABELS.map((label) => (
          <div key={label}>
            <dt>{t(LABEL_KEYS[label].name, { ns: 'app' })}</dt>
            <dd>
              <p>{t(`rules.${label}.what`)}</p>
              <p>{t(`rules.${label}.signals`)}</p>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t('mixedTitle')}</h2>
      <ol>
        <li>{t('order.attribution')}</li>
        <li>{t('order.judgment')}</li>
        <li>{t('order.checkable')}</li>
        <li>{t('order.framing')}</li>
      </ol>
      <p>{t('neutral')}</p>
      <h2>{t('privacyTitle')}</h2>
      <p>{t('privacy')}</p>
      <h2>{t('sourcesTitle')}</h2>
      {ownTexts ? <p>{t('practiceTexts')}</p> : null}
      <ul>
        {[...sources.entries()].map(([key, source]) => (
          <li key={key}>
            <SourceCredit source={source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
