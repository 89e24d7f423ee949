import { LABELS, type Label, type Quiz } from './quiz-schema';
import { explanationIn } from './explanation';

/** The words a GIFT file carries, in the teacher's language. */
export interface GiftWording {
  labelNames: Record<Label, string>;
  passageHeading: string;
  statementHeading: string;
  question: string;
  credit: string;
}

/** GIFT's special characters, escaped with a backslash wherever they appear in text. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** Moodle GIFT: one three-way multiple-choice question per statement, the explanation as feedback. */
export function toGift(quiz: Quiz, wording: GiftWording, language = quiz.language): string {
  const passages = new Map(quiz.passages.map((passage) => [passage.id, passage.text]));
  const lines = [
    `// ${quiz.title}`,
    ...wording.credit.split('\n').map((line) => `// ${line}`),
    '',
    `$CATEGORY: ${quiz.id}`,
    '',
    `::credit::[plain]${escapeGift(wording.credit)}`,
    '',
  ];
  for (const item of quiz.items) {
    const passage = passages.get(item.passage) ?? '';
    const feedback = escapeGift(explanationIn(item.explanation, language, quiz.language).text);
    const stem = `${wording.passageHeading} ${passage}\n\n${wording.statementHeading} “${item.text}”\n\n${wording.question}`;
    lines.push(`::${item.id}::[plain]${escapeGift(stem)}{`);
    for (const label of LABELS) {
      const mark = label === item.label ? '=' : label === item.alsoAccept ? '~%100%' : '~';
      lines.push(`${mark}${escapeGift(wording.labelNames[label])}#${feedback}`);
    }
    lines.push('}', '');
  }
  return lines.join('\n');
}
