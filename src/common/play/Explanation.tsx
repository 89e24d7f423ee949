import { useTranslation } from 'react-i18next';
import { explanationIn } from '../../domain/explanation';
import type { ResolvedStatement } from '../use-sets';
import { MarkedStatement } from './MarkedText';

/** The statement with its deciding words marked, then why it carries its label. */
export function Explanation({ statement }: { statement: ResolvedStatement }) {
  const { t, i18n } = useTranslation();
  const { item, quiz } = statement;
  const explanation = explanationIn(item.explanation, i18n.language, quiz.language);
  return (
    <div className="explanation">
      <blockquote className="explained-statement" lang={quiz.language}>
        <MarkedStatement text={item.text} cues={item.cues} />
      </blockquote>
      {item.cues?.length ? (
        <p className="cue-list">
          <span>{t('play.decidingWords')} </span>
          {item.cues.map((cue, index) => (
            <span key={index} className="cue-chip">
              <strong className="cue" data-kind={cue.kind} lang={quiz.language}>
                {cue.text}
              </strong>{' '}
              <span className="cue-kind">({t(`cueKinds.${cue.kind}`)})</span>
            </span>
          ))}
        </p>
      ) : null}
      <p lang={explanation.language}>{explanation.text}</p>
    </div>
  );
}
