import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { StoredData } from './pages/stored-data';
import { TeacherImport, type QuizFile } from './pages/teacher-import';
import { MUTATION_KINDS, mutateQuiz, type MutatedFile } from '../fixtures/quiz-mutations';
import { seededRandom, seedFromEnvironment } from '../fixtures/seeded-random';
import { smallQuiz } from '../fixtures/small-quiz';
import { generatedQuiz } from '../fixtures/generated-quiz';
import type { Quiz } from '../../src/domain/quiz-schema';

const FILES = 1_000;
const bundled = readdirSync(resolve('quizzes'))
  .filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json')
  .map((name) => JSON.parse(readFileSync(resolve('quizzes', name), 'utf8')) as Quiz);

test(`${FILES} broken quiz files imported at once are each refused with a located message, and the database is unchanged`, async ({ page }) => {
  test.setTimeout(900_000);
  const seed = seedFromEnvironment('BAD_INPUT_SEED');
  console.info(`bad-input (browser) seed: ${seed} (replay with BAD_INPUT_SEED=${seed})`);
  const random = seededRandom(seed);
  const bases = [...bundled, smallQuiz(), generatedQuiz(40)];
  const files: (MutatedFile & QuizFile)[] = Array.from({ length: FILES }, (_, index) => {
    const file = mutateQuiz(bases[Math.floor(random() * bases.length)]!, random, MUTATION_KINDS[index]);
    return { ...file, name: `broken-${String(index + 1).padStart(4, '0')}-${file.kind}.json` };
  });

  const quizPage = new QuizPage(page);
  await quizPage.openHome();
  const teacher = new TeacherImport(page);
  await teacher.open();
  await teacher.importFiles([{ name: 'kept.json', text: JSON.stringify(smallQuiz()) }]);
  await expect(teacher.results.getByRole('status')).toContainText('was imported');
  const data = new StoredData(page);
  const before = JSON.stringify(await data.dump());

  await teacher.importFiles(files);
  await expect(teacher.refusals).toHaveCount(FILES, { timeout: 60_000 });
  const texts = await teacher.refusals.allInnerTexts();
  texts.forEach((text, index) => {
    const file = files[index]!;
    const where = `${file.name} (at "${file.at}", seed ${seed})`;
    expect(text, where).toContain(`${file.name} was refused, nothing of it was stored.`);
    if (!file.at) return;
    // Each problem names its place in the file, e.g. "(in the file: items[6].label)".
    const located = [')', '.', '['].some((next) => text.includes(`${file.at}${next}`)) || (file.orAt !== undefined && text.includes(`${file.orAt})`));
    expect(located, `${where}: ${text.slice(0, 300)}`).toBe(true);
  });

  expect(JSON.stringify(await data.dump()), 'the database is byte-for-byte unchanged').toBe(before);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  await quizPage.openHome();
  await expect(page.getByRole('link', { name: 'Small set' }).first()).toBeVisible();
});
