import { toJsonSchema } from '@valibot/to-json-schema';
import { QuizSchema } from '../src/domain/quiz-valibot';

export const JSON_SCHEMA_PATH = 'quizzes/quiz.schema.json';

/** The JSON Schema an editor uses to check and complete a quiz file; meaning checks stay in the app. */
export function quizJsonSchemaText(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Fact · Claim · Opinion quiz set, format version 1',
    description: 'One quiz set: an article excerpt or more, and statements to classify as fact, claim or opinion. Generated from src/domain/quiz-schema.ts by `npm run schema`; do not edit.',
    ...toJsonSchema(QuizSchema, { errorMode: 'ignore', target: 'draft-07' }),
    // The one rule between fields that an editor can check: a check-up has a form, and only a check-up has one.
    if: { properties: { purpose: { const: 'check-up' } }, required: ['purpose'] },
    then: { required: ['form'] },
    else: { not: { required: ['form'] } },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
