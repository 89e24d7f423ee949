import * as v from 'valibot';
import { CHECK_UP_FORMS, CUE_KINDS, DIFFICULTIES, LABELS, LEVELS, MAX_ITEMS, MAX_SET_ID_LENGTH, PURPOSES, QUIZ_SCHEMA_VERSION, SET_ID } from './quiz-schema';

// The quiz format's valibot schemas, apart from its constants and types (quiz-schema.ts), so screens that only need
// the labels do not load valibot.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/*
 * Each message below is a problem code (see ProblemCode in validate-quiz.ts): the check turns it
 * into a located problem, and each screen words it for a teacher in their language.
 */
const nonEmpty = (max = 2_000) =>
  v.pipe(
    v.string('notText'),
    v.check((text) => text.trim().length > 0, 'empty'),
    v.maxLength(max, 'tooLong'),
    v.check((text) => !LONE_SURROGATE.test(text), 'brokenCharacter'),
    v.check((text) => !text.includes('\u0000'), 'nulCharacter'),
  );

const slug = v.pipe(
  v.string('notText'),
  v.regex(SET_ID, 'notSlug'),
  v.maxLength(MAX_SET_ID_LENGTH, 'tooLong'),
);

const localId = v.pipe(v.string('notText'), v.regex(/^[A-Za-z0-9_-]+$/, 'notLocalId'), v.maxLength(40, 'tooLong'));

const languageTag = v.pipe(v.string('notText'), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'notLanguageTag'));

const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, 'notOneOf');

/** An http or https address. Only the first problem of a field is reported, so an empty one is one problem. */
const webLink = v.pipe(v.string('notText'), v.nonEmpty('empty'), v.url('notWebLink'), v.regex(/^https?:/i, 'notWebLink'));

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
  if (issue.expected === 'never') return 'unknownField';
  return issue.expected === 'Object' ? 'notObject' : 'missing';
}

export const LabelSchema = v.picklist(LABELS, (issue) => (issue.input === null || issue.input === undefined || issue.input === '' ? 'noLabel' : 'notOneOf'));

/** An explanation is plain text, or a map from language tag to plain text. */
export const ExplanationSchema = v.union(
  [
    nonEmpty(),
    v.pipe(
      v.record(languageTag, nonEmpty()),
      v.check((map) => Object.keys(map).length > 0, 'noExplanationLanguage'),
    ),
  ],
  'notExplanation',
);

export const CueSchema = v.strictObject(
  {
    text: nonEmpty(),
    kind: oneOf(CUE_KINDS),
  },
  fieldMessage,
);

export const ItemSchema = v.strictObject(
  {
    id: localId,
    passage: localId,
    text: nonEmpty(),
    label: LabelSchema,
    alsoAccept: v.optional(LabelSchema),
    explanation: ExplanationSchema,
    cues: v.optional(v.array(CueSchema, 'notList')),
    difficulty: oneOf(DIFFICULTIES),
  },
  fieldMessage,
);

export const PassageSchema = v.strictObject(
  {
    id: localId,
    text: nonEmpty(20_000),
  },
  fieldMessage,
);

export const OmittedSchema = v.strictObject(
  {
    text: nonEmpty(),
    reason: nonEmpty(),
  },
  fieldMessage,
);

export const SourceSchema = v.strictObject(
  {
    title: nonEmpty(),
    publisher: nonEmpty(),
    date: v.pipe(v.string('notText'), v.nonEmpty('empty'), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'notDate')),
    url: v.optional(webLink),
    licence: v.strictObject(
      {
        name: nonEmpty(),
        url: webLink,
      },
      fieldMessage,
    ),
  },
  fieldMessage,
);

export const QuizSchema = v.strictObject(
  {
    $schema: v.optional(v.string('notText')),
    schemaVersion: v.literal(QUIZ_SCHEMA_VERSION, 'wrongVersion'),
    id: slug,
    title: nonEmpty(200),
    language: languageTag,
    description: nonEmpty(4_000),
    source: SourceSchema,
    level: v.optional(v.picklist(LEVELS, 'notLevel')),
    purpose: v.optional(
      v.pipe(oneOf(PURPOSES), v.description('"check-up": statements kept apart from practice, taken before and after it with no feedback. Left out, the set is for practice.')),
    ),
    form: v.optional(v.pipe(oneOf(CHECK_UP_FORMS), v.description('A check-up\'s parallel form; required when purpose is "check-up", and only then.'))),
    passages: v.pipe(v.array(PassageSchema, 'notList'), v.minLength(1, 'noPassages'), v.maxLength(MAX_ITEMS, 'tooMany')),
    items: v.pipe(v.array(ItemSchema, 'notList'), v.minLength(1, 'noItems'), v.maxLength(MAX_ITEMS, 'tooMany')),
    omitted: v.optional(v.array(OmittedSchema, 'notList')),
  },
  fieldMessage,
);
