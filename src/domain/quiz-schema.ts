import * as v from 'valibot';

export const LABELS = ['fact', 'claim', 'opinion'] as const;
export type Label = (typeof LABELS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const CUE_KINDS = [
  'attribution',
  'vague-source',
  'passive',
  'evaluative',
  'loaded',
  'hedge',
  'modal',
  'rhetorical',
  'framing',
  'checkable',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const QUIZ_SCHEMA_VERSION = 1;
export const MAX_ITEMS = 5_000;

/** The publisher named by the practice texts written for this app (their people and places are invented). */
export const OWN_PUBLISHER = 'Fact · Claim · Opinion';

/** Steps of the learning path, easiest first; the real article is the last. */
export const LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type Level = (typeof LEVELS)[number];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const nonEmpty = (what: string, max = 2_000) =>
  v.pipe(
    v.string(`expected ${what} as text`),
    v.check((text) => text.trim().length > 0, 'must not be empty'),
    v.maxLength(max, (issue) => `is too long: ${issue.received} characters, at most ${max}`),
    v.check((text) => !LONE_SURROGATE.test(text), 'contains a broken character (a lone UTF-16 surrogate)'),
  );

const slug = v.pipe(
  v.string('expected an id as text'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug: lower-case letters, digits and single hyphens'),
  v.maxLength(80, 'an id is at most 80 characters'),
);

const localId = v.pipe(
  v.string('expected an id as text'),
  v.regex(/^[A-Za-z0-9_-]+$/, 'expected an id of letters, digits, "-" or "_"'),
  v.maxLength(40, 'an id is at most 40 characters'),
);

const languageTag = v.pipe(
  v.string('expected a language tag such as "en"'),
  v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en" or "es-MX"'),
);

const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, (issue) => `expected ${listOptions(options)}, got ${describe(issue.input)}`);

export function listOptions(options: readonly string[]): string {
  const quoted = options.map((o) => `"${o}"`);
  if (quoted.length <= 2) return quoted.join(' or ');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

export function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return String(input);
}

function fieldMessage(issue: v.StrictObjectIssue): string {
  return issue.expected === 'never' ? `unknown field ${issue.received}` : 'is missing';
}

export const LabelSchema = oneOf(LABELS);

/** An explanation is plain text, or a map from language tag to plain text. */
export const ExplanationSchema = v.union(
  [
    nonEmpty('explanation'),
    v.pipe(
      v.record(languageTag, nonEmpty('explanation')),
      v.check((map) => Object.keys(map).length > 0, 'explanation must have at least one language'),
    ),
  ],
  'expected an explanation as text, or as an object from language tag to text',
);

export const CueSchema = v.strictObject(
  {
    text: nonEmpty('cue text'),
    kind: oneOf(CUE_KINDS),
  },
  fieldMessage,
);

export const ItemSchema = v.strictObject(
  {
    id: localId,
    passage: localId,
    text: nonEmpty('statement text'),
    label: LabelSchema,
    alsoAccept: v.optional(LabelSchema),
    explanation: ExplanationSchema,
    cues: v.optional(v.array(CueSchema, 'expected a list of cues')),
    difficulty: oneOf(DIFFICULTIES),
  },
  fieldMessage,
);

export const PassageSchema = v.strictObject(
  {
    id: localId,
    text: nonEmpty('passage text', 20_000),
  },
  fieldMessage,
);

export const OmittedSchema = v.strictObject(
  {
    text: nonEmpty('left-out text'),
    reason: nonEmpty('reason'),
  },
  fieldMessage,
);

export const SourceSchema = v.strictObject(
  {
    title: nonEmpty('source title'),
    publisher: nonEmpty('publisher'),
    date: v.pipe(
      v.string('expected a date as text'),
      v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
    ),
    url: v.optional(v.pipe(v.string('expected a URL as text'), v.url('expected a full URL'), v.regex(/^https?:/i, 'expected an http or https URL'))),
    licence: v.strictObject(
      {
        name: nonEmpty('licence name'),
        url: v.pipe(v.string('expected a URL as text'), v.url('expected a full URL'), v.regex(/^https?:/i, 'expected an http or https URL')),
      },
      fieldMessage,
    ),
  },
  fieldMessage,
);

export const QuizSchema = v.strictObject(
  {
    $schema: v.optional(v.string()),
    schemaVersion: v.literal(QUIZ_SCHEMA_VERSION, (issue) => `expected 1, got ${describe(issue.input)}`),
    id: slug,
    title: nonEmpty('title', 200),
    language: languageTag,
    description: nonEmpty('description', 4_000),
    source: SourceSchema,
    level: v.optional(
      v.picklist(LEVELS, (issue) => `expected a level from 1 to ${LEVELS.length}, got ${describe(issue.input)}`),
    ),
    passages: v.pipe(
      v.array(PassageSchema, 'expected a list of passages'),
      v.minLength(1, 'a set needs at least one passage'),
      v.maxLength(MAX_ITEMS, `a set holds at most ${MAX_ITEMS} passages`),
    ),
    items: v.pipe(
      v.array(ItemSchema, 'expected a list of items'),
      v.minLength(1, 'a set needs at least one item'),
      v.maxLength(MAX_ITEMS, `a set holds at most ${MAX_ITEMS} items`),
    ),
    omitted: v.optional(v.array(OmittedSchema, 'expected a list of left-out sentences')),
  },
  fieldMessage,
);

export type Quiz = v.InferOutput<typeof QuizSchema>;
export type QuizItem = Quiz['items'][number];
export type Passage = Quiz['passages'][number];
export type Cue = NonNullable<QuizItem['cues']>[number];
export type Explanation = QuizItem['explanation'];
export type Source = Quiz['source'];
