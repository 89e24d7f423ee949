// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const shared = resolve('../shared/rubric.md');

test('docs/rubric.md is the product owner\'s rubric, unchanged', () => {
  expect(readFileSync(resolve('docs/rubric.md'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
});
