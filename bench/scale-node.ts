import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FcoDatabase } from '../src/db/database';
import { importQuizText } from '../src/db/quiz-sets';
import { checkQuizText } from '../src/domain/validate-quiz';
import { generatedQuiz } from '../tests/fixtures/generated-quiz';
import { repetitiveQuiz } from '../tests/fixtures/repetitive-quiz';
import { spread, timed, type Spread } from './stats';

const REPEATS = 5;

export interface ValidateScale {
  statements: number;
  fileBytes: number;
  ms: Spread;
}

export interface ImportScale {
  statements: number;
  /** Node with fake-indexeddb: the check plus the one write transaction, not a browser's IndexedDB. */
  ms: Spread;
}

/** Parses and checks a generated set in Node (unthrottled). */
export function validateScale(statements: number): ValidateScale {
  const text = JSON.stringify(generatedQuiz(statements));
  const times: number[] = [];
  for (let run = 0; run < REPEATS; run++) {
    const start = performance.now();
    const checked = checkQuizText(text);
    times.push(performance.now() - start);
    if (!checked.ok) throw new Error(`the generated set should be valid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  }
  return { statements, fileBytes: Buffer.byteLength(text), ms: spread(times) };
}

/**
 * The worst case for matching statements in their passages: ~2,000-character statements of
 * repeated words at the end of 20,000-character passages of the same words (issue 11).
 */
export function validateWorstCase(statements = 20): ValidateScale {
  const text = JSON.stringify(repetitiveQuiz(statements));
  const times: number[] = [];
  for (let run = 0; run < REPEATS; run++) {
    const start = performance.now();
    const checked = checkQuizText(text);
    times.push(performance.now() - start);
    if (!checked.ok) throw new Error(`the worst-case set should be valid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  }
  return { statements, fileBytes: Buffer.byteLength(text), ms: spread(times) };
}

export async function importScale(statements: number): Promise<ImportScale> {
  const text = JSON.stringify(generatedQuiz(statements));
  const times: number[] = [];
  for (let run = 0; run < REPEATS; run++) {
    const db = new FcoDatabase(`bench-import-${run}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const { ms, value } = await timed(() => importQuizText(db, text, { onConflict: 'ask' }));
    if (value.kind !== 'imported') throw new Error(`the generated set should import, got ${value.kind}`);
    times.push(ms);
    db.close();
  }
  return { statements, ms: spread(times) };
}
