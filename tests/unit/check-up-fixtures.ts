import type { CheckUpForm, Label, Quiz } from '../../src/domain/quiz-schema';

const STATEMENTS: Record<Label, string[]> = {
  fact: ['The bridge opened in 1932.', 'The library holds 40,000 books.', 'The river is 12 kilometres long.', 'The school has 300 pupils.'],
  claim: ['According to the mayor, the bridge is safe.', 'The minister said the plan would cost less.', 'Police say the road will reopen on Monday.', 'The report claims that rents rose last year.'],
  opinion: ['The new square is a disgrace.', 'This is the best film of the year.', 'The council should be ashamed.', 'Their plan is simply foolish.'],
};

/** A check-up set of 12 statements (4 per label), each in its own short excerpt; `tag` keeps forms' texts apart. */
export function checkUpFixture(form: CheckUpForm, language = 'en', id = `${language}-check-up-${form.toLowerCase()}`): Quiz {
  const entries = (['fact', 'claim', 'opinion'] as const).flatMap((label) => STATEMENTS[label].map((text) => ({ label, text: `${text.slice(0, -1)} (${form}).` })));
  return {
    schemaVersion: 1,
    id,
    title: `Check-up ${form}`,
    language,
    description: 'Statements kept apart from practice.',
    purpose: 'check-up',
    form,
    source: { title: 'Written for the app', publisher: 'Fact · Claim · Opinion', date: '2026', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } },
    passages: entries.map((entry, index) => ({ id: `p${index + 1}`, text: `Some context comes first. ${entry.text}` })),
    items: entries.map((entry, index) => ({
      id: `i${index + 1}`,
      passage: `p${index + 1}`,
      text: entry.text,
      label: entry.label,
      explanation: 'The rubric decides.',
      difficulty: 'medium',
    })),
  } as Quiz;
}
