// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PROBLEM_CODES } from '../../src/domain/validate-quiz';

const teacher = (language: string) => JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${language}/teacher.json`, import.meta.url), 'utf8')) as {
  problems: Record<string, string>;
};

test.each(['en', 'ar', 'es'])('every problem the check can report has a plain message in %s', (language) => {
  const { problems } = teacher(language);
  expect(PROBLEM_CODES.filter((code) => !problems[code])).toEqual([]);
  // No developer wording: no "expected …, got …", no paths such as items[2].
  expect(Object.values(problems).filter((message) => /\bexpected\b|\bgot\b|\[\d+\]/.test(message))).toEqual([]);
});
