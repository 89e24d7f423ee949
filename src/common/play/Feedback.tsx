import { useTranslation } from 'react-i18next';
import { verdictOf, type Verdict } from '../../domain/scoring';
import type { TakenAnswer } from '../../machines/quiz-session.machine';
import type { ResolvedStatement } from '../use-sets';
import { Explanation } from './Explanation';
import { LABEL_KEYS } from './label-text';

/** Why the statement carries its label; `id` names it for the Next button's description. */
export function Feedback({ statement, answer, id }: { statement: ResolvedStatement; answer: TakenAnswer; id: string }) {
  const { t } = useTranslation();
  return (
    <section className={`feedback ${answer.correct ? 'is-right' : 'is-wrong'}`} aria-label={t('play.feedback')}>
      <div id={id}>
        <Explanation statement={statement} />
      </div>
    </section>
  );
}

const VERDICT_KEYS: Record<Verdict, string> = { right: 'play.correct', alsoRight: 'play.acceptedToo', wrong: 'play.notQuite' };

export function verdictText(t: (key: string, options?: Record<string, unknown>) => string, statement: ResolvedStatement, answer: TakenAnswer): string {
  return t(VERDICT_KEYS[verdictOf(statement.item, answer)], { label: t(LABEL_KEYS[statement.item.label].article) });
}
