import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../domain/quiz-schema';
import { isAccepted } from '../../domain/scoring';
import type { ResolvedStatement } from '../../app/use-sets';
import { Explanation } from './Explanation';
import { LABEL_KEYS } from './label-text';

export function Feedback({ statement, chosen, onNext, isLast }: { statement: ResolvedStatement; chosen: Label; onNext: () => void; isLast: boolean }) {
  const { t } = useTranslation();
  const next = useRef<HTMLButtonElement>(null);
  const explanationId = useId();
  const right = isAccepted(statement.item, chosen);

  useEffect(() => {
    next.current?.focus();
  }, []);

  return (
    <section className={`feedback ${right ? 'is-right' : 'is-wrong'}`} aria-label={t('play.feedback')}>
      <div id={explanationId}>
        <Explanation statement={statement} />
      </div>
      <button ref={next} type="button" className="primary" onClick={onNext} aria-describedby={explanationId}>
        {isLast ? t('play.finish') : t('play.next')}
      </button>
    </section>
  );
}

export function verdict(t: (key: string, options?: Record<string, unknown>) => string, statement: ResolvedStatement, chosen: Label): string {
  if (!isAccepted(statement.item, chosen)) return t('play.notQuite', { label: t(LABEL_KEYS[statement.item.label].article) });
  if (chosen !== statement.item.label) return t('play.acceptedToo', { label: t(LABEL_KEYS[statement.item.label].article) });
  return t('play.correct');
}
