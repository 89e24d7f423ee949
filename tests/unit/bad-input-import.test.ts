import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { FcoDatabase } from '../../src/db/database';
import { importQuizText } from '../../src/db/quiz-sets';
import { startAttempt } from '../../src/db/attempts';
import type { Quiz } from '../../src/domain/quiz-schema';
import { formatProblem } from '../../src/domain/validate-quiz';
import { generatedQuiz } from '../fixtures/generated-quiz';
import { MUTATION_KINDS, mutateQuiz, namesLocation, type MutationKind } from '../fixtures/quiz-mutations';
import { seededRandom, seedFromEnvironment } from '../fixtures/seeded-random';
import { smallQuiz } from '../fixtures/small-quiz';
import { answerAndKeep, freshDatabase } from './db-helpers';

const FILES = 1_000;
const quizzesFolder = resolve('quizzes');
const bundled = readdirSync(quizzesFolder)
  .filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json')
  .map((name) => JSON.parse(readFileSync(resolve(quizzesFolder, name), 'utf8')) as Quiz);
const validFiles: Quiz[] = [...bundled, smallQuiz(), generatedQuiz(40)];

let db: FcoDatabase;
afterEach(() => db?.close());

/** Every record of every table, in key order, as one string. */
async function dump(database: FcoDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of database.tables) tables[table.name] = await table.toArray();
  return JSON.stringify(tables);
}

test(`${FILES} mutated quiz files are each refused with a located message, and the database is unchanged`, async () => {
  const seed = seedFromEnvironment('BAD_INPUT_SEED');
  console.info(`bad-input seed: ${seed} (replay with BAD_INPUT_SEED=${seed})`);
  const random = seededRandom(seed);

  db = freshDatabase();
  const stored = await importQuizText(db, JSON.stringify(smallQuiz()), { onConflict: 'ask', now: 1 });
  expect(stored.kind).toBe('imported');
  const attempt = await startAttempt(db, { profileId: 'p1', setId: 'small-set', mode: 'practice', items: [{ setId: 'small-set', itemId: 'i1' }] }, 2);
  // Its follow-up awaited, so the device is at rest before the imports.
  await answerAndKeep(db, { attempt, position: 0, chosen: 'fact', correct: true, advance: false }, 3);
  const before = await dump(db);
  expect(before).toContain('"chosen":"fact"');

  const seen = new Map<MutationKind, number>();
  for (let index = 0; index < FILES; index++) {
    const base = validFiles[Math.floor(random() * validFiles.length)]!;
    // Each kind in turn for the first files, so every kind is covered whatever the seed.
    const file = mutateQuiz(base, random, index < MUTATION_KINDS.length ? MUTATION_KINDS[index] : undefined);
    seen.set(file.kind, (seen.get(file.kind) ?? 0) + 1);
    const result = await importQuizText(db, file.text, { onConflict: 'replace' });
    const where = `file ${index} (${file.kind} at "${file.at}", seed ${seed})`;
    expect(result.kind, where).toBe('refused');
    if (result.kind !== 'refused') continue;
    expect(result.problems.length, where).toBeGreaterThan(0);
    for (const problem of result.problems) expect(formatProblem(problem).trim(), where).not.toBe('');
    if (file.at) expect(namesLocation(result.problems, file), `${where}: ${result.problems.map(formatProblem).join(' | ').slice(0, 300)}`).toBe(true);
  }

  expect(await dump(db)).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect([...seen.keys()].sort()).toEqual([...MUTATION_KINDS].sort());
});
