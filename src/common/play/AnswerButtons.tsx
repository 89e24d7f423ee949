import { memo, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LABELS, type Label } from '../../domain/quiz-schema';
import { LABEL_KEYS } from './label-text';

export interface AnswerReveal {
  chosen: Label;
  accepted: readonly Label[];
}

/**
 * The three labels as buttons, also on the keys 1–3. With `selected` they are toggles (test mode: a choice that
 * can change until it is confirmed); with `reveal` they show the learner's answer and the key.
 */
export const AnswerButtons = memo(function AnswerButtons({
  onAnswer,
  disabled,
  reveal,
  selected,
}: {
  onAnswer: (label: Label) => void;
  disabled: boolean;
  reveal?: AnswerReveal | undefined;
  selected?: Label | null | undefined;
}) {
  const { t } = useTranslation();

  // Before paint: once the buttons can be seen, their keys work.
  useLayoutEffect(() => {
    if (disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const label = LABELS[Number(event.key) - 1];
      if (label && /^[1-3]$/.test(event.key)) {
        event.preventDefault();
        onAnswer(label);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled, onAnswer]);

  return (
    <div className="answers" role="group" aria-label={t('play.answerGroup')}>
      {LABELS.map((label, index) => (
        <button
          key={label}
          type="button"
          className={`answer answer-${label}${reveal?.chosen === label || selected === label ? ' is-chosen' : ''}${reveal?.accepted.includes(label) ? ' is-key' : ''}`}
          disabled={disabled}
          aria-pressed={selected === undefined ? undefined : selected === label}
          onClick={() => onAnswer(label)}
        >
          <span className="answer-name">{t(LABEL_KEYS[label].name)}</span>
          <span className="answer-hint">{t(LABEL_KEYS[label].hint)}</span>
          {reveal ? (
            <span className="answer-reveal">
              {[reveal.chosen === label ? t('play.yourAnswer') : '', reveal.accepted.includes(label) ? t('play.keyAnswer') : ''].filter(Boolean).join(' · ')}
            </span>
          ) : null}
          <kbd className="answer-key" aria-hidden="true">
            {index + 1}
          </kbd>
        </button>
      ))}
    </div>
  );
});

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
