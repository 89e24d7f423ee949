import type { TFunction } from 'i18next';
import { LABELS, type Label, type Quiz } from '../../domain/quiz-schema';
import { toGift } from '../../domain/gift';
import { exportFileName, toQuizJson } from '../../domain/quiz-export';
import { downloadText } from '../../common/download';

/** The credit every export carries: title, publisher, date, link, licence. */
export function creditText(t: TFunction<'teacher'>, quiz: Quiz): string {
  const { source } = quiz;
  return t('credit.full', {
    title: source.title,
    publisher: source.publisher,
    date: source.date,
    licence: source.licence.name,
    licenceUrl: source.licence.url,
  }) + (source.url ? `\n${source.url}` : '');
}

export function downloadJson(quiz: Quiz): void {
  downloadText(exportFileName(quiz, 'json'), toQuizJson(quiz), 'application/json');
}

export function downloadGift(t: TFunction<'teacher'>, tApp: TFunction, quiz: Quiz, language: string): void {
  const labelNames = Object.fromEntries(LABELS.map((label) => [label, tApp(`labels.${label}.name`)])) as Record<Label, string>;
  const gift = toGift(
    quiz,
    { labelNames, passageHeading: t('gift.passage'), statementHeading: t('gift.statement'), question: t('gift.question'), credit: creditText(t, quiz) },
    language,
  );
  downloadText(exportFileName(quiz, 'gift.txt'), gift, 'text/plain');
}
