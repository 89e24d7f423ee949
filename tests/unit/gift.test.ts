import { describe, expect, test } from 'vitest';
import { parse } from 'gift-pegjs';
import { toGift, type GiftWording } from '../../src/domain/gift';
import { LABELS, type Quiz } from '../../src/domain/quiz-schema';
import { smallQuiz } from '../fixtures/small-quiz';

const wording: GiftWording = {
  labelNames: { fact: 'Fact', claim: 'Attributed claim', opinion: 'Opinion' },
  passageHeading: 'Excerpt:',
  statementHeading: 'Statement:',
  question: 'Is the statement a fact, an attributed claim or an opinion?',
  credit: 'From “Test article”, Test Press, 2021-06-30. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
};

interface ParsedChoice { isCorrect: boolean; weight: number | null; text: { text: string }; feedback: { text: string } | null }
interface ParsedQuestion { type: string; title: string | null; stem?: { text: string }; choices?: ParsedChoice[] }

const questionsOf = (gift: string) => (parse(gift) as unknown as ParsedQuestion[]).filter((question) => question.type === 'MC');

describe('GIFT export', () => {
  test('the peer parser reads one three-way question per statement, and the key matches', () => {
    const quiz = smallQuiz();
    const questions = questionsOf(toGift(quiz, wording));
    expect(questions.map((question) => question.title)).toEqual(['i1', 'i2', 'i3']);
    for (const [index, question] of questions.entries()) {
      const item = quiz.items[index]!;
      expect(question.choices?.map((choice) => choice.text.text)).toEqual(LABELS.map((label) => wording.labelNames[label]));
      const full = question.choices?.filter((choice) => choice.isCorrect || choice.weight === 100).map((choice) => choice.text.text);
      expect(full).toEqual(LABELS.filter((label) => label === item.label || label === item.alsoAccept).map((label) => wording.labelNames[label]));
      expect(question.choices?.find((choice) => choice.isCorrect)?.text.text).toBe(wording.labelNames[item.label]);
      expect(question.stem?.text).toContain(`“${item.text}”`);
    }
  });

  test('explanations become feedback, in the export language when the set has it', () => {
    const questions = questionsOf(toGift(smallQuiz(), wording, 'es'));
    expect(questions[0]?.choices?.[0]?.feedback?.text).toBe('Checkable: the opening year can be looked up.');
    expect(questions[1]?.choices?.[2]?.feedback?.text).toBe('Gana el marco de atribución: "According to the mayor".');
  });

  test("text with GIFT's special characters and line breaks survives the round trip", () => {
    const quiz: Quiz = smallQuiz();
    const tricky = 'Odds: 3~1 = {sure} #1 \\ path.';
    quiz.passages[0]!.text = `Line one.\n\n${tricky}`;
    quiz.items = [{ ...quiz.items[0]!, text: tricky, explanation: 'Note: {a} = ~b # c' }];
    const [question] = questionsOf(toGift(quiz, wording));
    expect(question?.stem?.text).toBe(`Excerpt: Line one.\n\n${tricky}\n\nStatement: “${tricky}”\n\n${wording.question}`);
    expect(question?.choices?.[0]?.feedback?.text).toBe('Note: {a} = ~b # c');
  });

  test('the file credits the source', () => {
    const [credit] = parse(toGift(smallQuiz(), wording)).filter((question) => question.type === 'Description') as unknown as ParsedQuestion[];
    expect(credit?.stem?.text).toBe(wording.credit);
  });
});
