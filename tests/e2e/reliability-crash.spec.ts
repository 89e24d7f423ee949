import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { QuizPage } from './pages/quiz-page';
import { killPage, StoredData } from './pages/stored-data';
import { LABEL_NAMES, OPENING, readQuiz } from './seed';
import { seededRandom, seedFromEnvironment } from '../fixtures/seeded-random';
import type { Label } from '../../src/domain/quiz-schema';

const quiz = readQuiz(OPENING);
const total = quiz.items.length;
const KILLS = 50;
const LABELS: Label[] = ['fact', 'claim', 'opinion'];

type Mode = 'practice' | 'test';
type KillPoint = 'mid-answer' | 'feedback' | 'after-next' | 'question';
const KILL_POINTS: Record<Mode, KillPoint[]> = {
  practice: ['mid-answer', 'feedback', 'after-next', 'question'],
  test: ['mid-answer', 'question'],
};

const attemptIdOf = (page: Page) => decodeURIComponent(/\/play\/([^/?#]+)/.exec(page.url())?.[1] ?? '');

test(`${KILLS} kills at random points of a set lose no answer, double none, and resume at the right statement`, async ({ page: firstPage, context, browser }) => {
  // 50 reloads take minutes on a busy 2-core machine.
  test.setTimeout(1_200_000);
  const seed = seedFromEnvironment('CRASH_SEED');
  console.info(`crash-safety seed: ${seed} (replay with CRASH_SEED=${seed})`);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const random = seededRandom(seed);
  const pick = <T,>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;

  let page = firstPage;
  let quizPage = new QuizPage(page);
  let mode = 'practice' as Mode;
  let attemptId = '';
  /** Answers the app showed as taken: they must survive every crash. */
  let taken = new Map<number, Label>();
  let position = 0;

  const startAttempt = async (next: Mode) => {
    mode = next;
    await page.goto(`/sets/${encodeURIComponent(quiz.id)}`);
    await quizPage.start(mode === 'practice' ? 'Practice' : 'Test');
    attemptId = attemptIdOf(page);
    taken = new Map();
    position = 0;
  };

  /** Answers the statement on screen and waits until the app shows it was taken. */
  const answerAndWait = async () => {
    const label = pick(LABELS);
    if (mode === 'test') await quizPage.answerInTest(LABEL_NAMES[label]);
    else await quizPage.answer(LABEL_NAMES[label]);
    if (mode === 'practice') await expect(quizPage.status).not.toBeEmpty();
    else if (position + 1 < total) await expect(quizPage.counter).toHaveText(`Statement ${position + 2} of ${total}`);
    else await expect(page).toHaveURL(/\/summary\//);
    taken.set(position, label);
    if (mode === 'test') position += 1;
  };

  const nextAndWait = async () => {
    await quizPage.next();
    if (position + 1 < total) await expect(quizPage.counter).toHaveText(`Statement ${position + 2} of ${total}`);
    else await expect(page).toHaveURL(/\/summary\//);
    position += 1;
  };

  const playOne = async () => {
    await answerAndWait();
    if (mode === 'practice') await nextAndWait();
  };

  await quizPage.openHome();
  await startAttempt('practice');

  for (let kill = 1; kill <= KILLS; kill++) {
    if (position >= total) await startAttempt(mode === 'practice' ? 'test' : 'practice');
    const warmUp = Math.floor(random() * 2);
    for (let step = 0; step < warmUp && position < total - 1; step++) await playOne();

    const point = pick(KILL_POINTS[mode]);
    let inFlight: { position: number; label: Label } | null = null;
    const before = position;
    if (point === 'mid-answer') {
      const label = pick(LABELS);
      inFlight = { position, label };
      if (mode === 'test') await quizPage.answerInTest(LABEL_NAMES[label]);
      else await quizPage.answer(LABEL_NAMES[label]);
    } else if (point === 'feedback') {
      await answerAndWait();
    } else if (point === 'after-next') {
      await answerAndWait();
      await quizPage.next();
    } else {
      if (position < total - 1) await playOne();
    }
    await killPage(browser, page);

    page = await context.newPage();
    quizPage = new QuizPage(page);
    if (kill % 10 === 0) {
      await quizPage.openHome();
      const resume = page.getByRole('link', { name: `Continue ${quiz.title}` });
      const stored = await new StoredData(page).attempt(attemptId);
      if (stored?.finishedAt === null) await resume.click();
      else await page.goto(`/play/${encodeURIComponent(attemptId)}`);
    } else {
      await page.goto(`/play/${encodeURIComponent(attemptId)}`);
    }

    const where = `kill ${kill} (${point}, ${mode}, statement ${before + 1}, seed ${seed})`;
    const data = new StoredData(page);
    const dump = await data.dump();
    const attempt = await data.attempt(attemptId, dump);
    const answers = await data.answersOf(attemptId, dump);
    expect(attempt, where).toBeDefined();
    expect(new Set(answers.map((answer) => answer.position)).size, `${where}: one answer per statement`).toBe(answers.length);
    expect(new Set(answers.map((answer) => answer.id)).size, `${where}: no answer stored twice`).toBe(answers.length);
    for (const [at, label] of taken) expect(answers.find((answer) => answer.position === at)?.chosen, `${where}: answer ${at + 1} kept`).toBe(label);
    const extra = answers.filter((answer) => !taken.has(answer.position));
    expect(extra.length, `${where}: only the answer in flight may be new`).toBeLessThanOrEqual(1);
    if (extra[0]) {
      expect({ position: extra[0].position, chosen: extra[0].chosen }, where).toEqual({ position: inFlight?.position, chosen: inFlight?.label });
      taken.set(extra[0].position, extra[0].chosen);
    }

    // Review cards and day tallies follow the answer in their own transaction; a kill between the two leaves the
    // answer waiting, and the start-up repair folds it: each answer counted once, none lost.
    await expect.poll(() => data.keptFigures(), `${where}: review cards and day tallies count each answer once`).toEqual(await data.answerFigures(dump));

    const stored = attempt!.position;
    if (mode === 'test') expect(stored, `${where}: a test answer and its move on land together`).toBe(taken.size);
    else expect([taken.size - 1, taken.size], `${where}: practice stays on the last answer or moves past it`).toContain(stored);
    if (point === 'feedback') expect(stored, where).toBe(before);
    if (point === 'question') expect(stored, where).toBe(before < total - 1 ? before + 1 : before);

    if (attempt!.finishedAt !== null) {
      await expect(page, where).toHaveURL(/\/summary\//);
      position = total;
      continue;
    }
    await expect(quizPage.counter, where).toHaveText(`Statement ${stored + 1} of ${total}`);
    if (taken.has(stored)) {
      await expect(quizPage.answerButton('Fact'), where).toBeDisabled();
      await expect(quizPage.status, where).not.toBeEmpty();
    } else {
      await expect(quizPage.answerButton('Fact'), where).toBeEnabled();
    }
    position = stored;
    if (taken.has(position)) await nextAndWait();
  }
});
