import { useTranslation } from 'react-i18next';
import { LABELS, OWN_PUBLISHER } from '../../domain/quiz-schema';
import { useSetSummaries } from '../../common/use-sets';
import { LABEL_KEYS } from '../../common/play/label-text';
import { SourceCredit } from '../../common/SourceCredit';

export function AboutScreen() {
  const { t } = useTranslation();
  const sets = useSetSummaries();
  const sources = new Map(sets.filter(({ summary }) => summary.source.publisher !== OWN_PUBLISHER).map(({ summary }) => [JSON.stringify(summary.source), summary.source]));
  const ownTexts = sets.some(({ summary }) => summary.source.publisher === OWN_PUBLISHER);
  return (
    <section aria-labelledby="about-title" className="about">
      <h1 id="about-title">{t('about.title')}</h1>
      <p className="lead">{t('about.intro')}</p>
      <dl className="label-rules">
        {LABELS.map((label) => (
          <div key={label}>
            <dt>{t(LABEL_KEYS[label].name)}</dt>
            <dd>
              <p>{t(`about.rules.${label}.what`)}</p>
              <p>{t(`about.rules.${label}.signals`)}</p>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t('about.mixedTitle')}</h2>
      <ol>
        <li>{t('about.order.attribution')}</li>
        <li>{t('about.order.judgment')}</li>
        <li>{t('about.order.checkable')}</li>
        <li>{t('about.order.framing')}</li>
      </ol>
      <p>{t('about.neutral')}</p>
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacy')}</p>
      <h2>{t('about.sourcesTitle')}</h2>
      {ownTexts ? <p>{t('about.practiceTexts')}</p> : null}
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
