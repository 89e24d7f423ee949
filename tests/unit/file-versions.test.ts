import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { restoreVersion, type FormatVersion } from '../../src/domain/format-versions';
import { checkResultsText, RESULTS_VERSION, RESULTS_VERSIONS } from '../../src/domain/results-format';
import { QUIZ_SCHEMA_VERSION } from '../../src/domain/quiz-schema';
import { checkQuizText, QUIZ_VERSIONS } from '../../src/domain/validate-quiz';

/** One file per released version of each format, as that version wrote it: `tests/fixtures/formats/<kind>-v<N>.json`. */
const folder = 'tests/fixtures/formats';
const fixtures = (kind: string) =>
  readdirSync(folder)
    .filter((name) => new RegExp(`^${kind}-v\\d+\\.json$`).test(name))
    .map((name) => ({ name, version: Number(/-v(\d+)\./.exec(name)?.[1]), text: readFileSync(`${folder}/${name}`, 'utf8') }));

describe('restoring a file of an earlier format version', () => {
  const versions: FormatVersion[] = [
    { version: 1 },
    { version: 2, upgrade: (file) => ({ ...file, answers: (file.answers as object[]).map((answer) => ({ purpose: 'practice', ...answer })) }) },
    { version: 3 },
    { version: 4, upgrade: ({ learner, ...rest }) => ({ ...rest, learners: [learner] }) },
  ];

  test('each later version’s upgrade runs in order and fills what that version added', () => {
    const v1 = { version: 1, learner: 'Ana', answers: [{ id: 'a' }, { id: 'b', purpose: 'check-up' }] };
    expect(restoreVersion(v1, 'version', versions)).toEqual({ version: 4, learners: ['Ana'], answers: [{ id: 'a', purpose: 'practice' }, { id: 'b', purpose: 'check-up' }] });
    expect(restoreVersion({ version: 3, learner: 'Ben', answers: [] }, 'version', versions)).toEqual({ version: 4, learners: ['Ben'], answers: [] });
  });

  test('a file of the newest version, of an unknown version or of no version is left for the strict check', () => {
    const newest = { version: 4, learners: [] };
    expect(restoreVersion(newest, 'version', versions)).toEqual(newest);
    for (const strange of [{ version: 9 }, { version: '1' }, {}, [1], 'text', null]) expect(restoreVersion(strange, 'version', versions)).toBe(strange);
  });
});

describe.each([
  { kind: 'results', versions: RESULTS_VERSIONS, newest: RESULTS_VERSION, accepts: (text: string) => checkResultsText(text).ok },
  { kind: 'quiz', versions: QUIZ_VERSIONS, newest: QUIZ_SCHEMA_VERSION, accepts: (text: string) => checkQuizText(text).ok },
])('$kind files', ({ kind, versions, newest, accepts }) => {
  test('the released versions run from 1 to the one this app writes, with no gap', () => {
    expect(versions.map(({ version }) => version)).toEqual(Array.from({ length: newest }, (_, index) => index + 1));
  });

  test('there is a file of every released version, and each is accepted', () => {
    const found = fixtures(kind);
    expect(found.map(({ version }) => version).sort()).toEqual(versions.map(({ version }) => version));
    for (const { name, text } of found) expect(accepts(text), name).toBe(true);
  });

  test('a file from a newer version of the app is refused', () => {
    const file = JSON.parse(fixtures(kind).at(-1)?.text ?? '{}') as Record<string, unknown>;
    const field = kind === 'quiz' ? 'schemaVersion' : 'version';
    expect(accepts(JSON.stringify({ ...file, [field]: newest + 1 }))).toBe(false);
  });
});
