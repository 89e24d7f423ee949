import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, quizJsonSchemaText } from './quiz-json-schema';

writeFileSync(JSON_SCHEMA_PATH, quizJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
