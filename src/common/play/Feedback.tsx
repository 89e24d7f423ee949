import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { verdictOf, type Verdict } from '../../domain/scoring';
import type { TakenAnswer } from '../../machines/quiz-session.machine';
import type { ResolvedStatement } from '../use-sets';
import { Explanation } from './Explanation';
import { LABEL_KEYS } from './label-text';

/** Why the statement carries its label; `id` names it for the Next button's description. */
export const Feedback = memo(function Feedback({ statement, answer, id }: FeedbackProps) {
  const { t } = useTranslation();
  return (
    <section className={`feedback ${answer.correct ? 'is-right' : 'is-wrong'}`} aria-label={t('play.feedback')}>
      <div id={id}>
        <Explanation statement={statement} />
      </div>
    </section>
  );
}, sameFeedback);

interface FeedbackProps {
  statement: ResolvedStatement;
  answer: TakenAnswer;
  id: string;
}

/** The live query's next read brings the same statement and answer in new objects: nothing to draw again. */
function sameFeedback(before: FeedbackProps, after: FeedbackProps): boolean {
  return (
    before.id === after.id &&
    before.statement.item === after.statement.item &&
    before.statement.quiz === after.statement.quiz &&
    before.answer.chosen === after.answer.chosen &&
    before.answer.correct === after.answer.correct
  );
}

const VERDICT_KEYS: Record<Verdict, string> = { right: 'play.correct', alsoRight: 'play.acceptedToo', wrong: 'play.notQuite' };

export function verdictText(t: (key: string, options?: Record<string, unknown>) => string, statement: ResolvedStatement, answer: TakenAnswer): string {
  return t(VERDICT_KEYS[verdictOf(statement.item, answer)], { label: t(LABEL_KEYS[statement.item.label].article) });
}
