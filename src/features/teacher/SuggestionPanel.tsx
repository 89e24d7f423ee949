import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cue, CueKind, Label } from '../../domain/quiz-schema';
import type { LabelSuggestion, NoSuggestionReason } from '../../domain/suggest-label';
import { LABEL_KEYS } from '../../common/play/label-text';

const NONE_KEYS: Record<NoSuggestionReason, string> = {
  'no-cue': 'suggest.noneNoCue',
  undecided: 'suggest.noneUndecided',
  question: 'suggest.noneQuestion',
};

/**
 * What the cue detector suggests and why; the teacher still decides. Cue words keep their own language
 * and direction inside quotes of the interface's language.
 */
export function SuggestionPanel({
  text,
  language,
  suggestion,
  cues,
  onUse,
  onAddCue,
}: {
  text: string;
  language: string;
  suggestion: LabelSuggestion;
  cues: readonly Cue[];
  onUse: (label: Label) => void;
  onAddCue: (text: string, kind: CueKind) => void;
}) {
  const { t } = useTranslation('teacher');
  const { t: tApp } = useTranslation();
  const id = useId();
  const { deciding, label } = suggestion;
  return (
    <div className="suggestion">
      {label ? (
        <>
          <p className="suggestion-label">{t('suggest.suggests', { label: tApp(LABEL_KEYS[label].name) })}</p>
          {deciding ? (
            <>
              <p className="suggestion-statement" lang={language} dir="auto">
                {text.slice(0, deciding.start)}
                <mark className="deciding-cue">{text.slice(deciding.start, deciding.end)}</mark>
                {text.slice(deciding.end)}
              </p>
              <p>
                {t('suggest.decidedBy')}{' '}
                <q>
                  <bdi lang={language}>{deciding.text}</bdi>
                </q>{' '}
                ({tApp(`cueKinds.${deciding.kind}`)})
              </p>
            </>
          ) : null}
          <button type="button" onClick={() => onUse(label)}>
            {t('suggest.use', { label: tApp(LABEL_KEYS[label].name) })}
          </button>
        </>
      ) : (
        <p className="suggestion-label">{t(NONE_KEYS[suggestion.none ?? 'no-cue'])}</p>
      )}
      {suggestion.cues.length ? (
        <ul className="detected-cues">
          {suggestion.cues.map((cue) => {
            const key = `${id}-${cue.start}-${cue.end}`;
            return (
              <li key={key}>
                <q id={`${key}-text`}>
                  <bdi lang={language}>{cue.text}</bdi>
                </q>{' '}
                {t('suggest.cueInfo', { kind: tApp(`cueKinds.${cue.kind}`), label: tApp(LABEL_KEYS[cue.pointsTo].name) })}{' '}
                {cues.some((existing) => existing.text === cue.text) ? null : (
                  <button id={`${key}-add`} type="button" onClick={() => onAddCue(cue.text, cue.kind)} aria-labelledby={`${key}-add ${key}-text`}>
                    {t('suggest.addCue')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
