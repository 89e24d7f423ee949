import * as v from 'valibot';
import { QuizSchema, describe, type Quiz } from './quiz-schema';
import { findLoosely, looseMatcher, type Span } from './text-match';

export interface Problem {
  /** Where the problem is, e.g. `items[6].label`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type QuizCheck = { ok: true; quiz: Quiz } | { ok: false; problems: Problem[] };

export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

export function formatPath(keys: readonly (string | number)[]): string {
  return keys.reduce<string>((path, key) => {
    if (typeof key === 'number') return `${path}[${key}]`;
    return path ? `${path}.${key}` : key;
  }, '');
}

/** Parses the text of a quiz file and checks it in full. Never throws. */
export function checkQuizText(text: string): QuizCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return checkQuiz(data);
}

/** Checks shape, then meaning: every problem at once, each with its location. */
export function checkQuiz(data: unknown): QuizCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ path: '', message: `expected a quiz set (a JSON object), got ${describe(data)}` }] };
  }
  const parsed = v.safeParse(QuizSchema, data);
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => ({
      path: formatPath((issue.path ?? []).map((step) => step.key as string | number)),
      message: issue.message,
    }));
    return { ok: false, problems: dedupe(problems) };
  }
  const problems = meaningProblems(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, quiz: parsed.output };
}

function meaningProblems(quiz: Quiz): Problem[] {
  const problems: Problem[] = [];
  const passages = new Map<string, (needle: string) => Span | null>();
  quiz.passages.forEach((passage, index) => {
    if (passages.has(passage.id)) {
      problems.push({ path: `passages[${index}].id`, message: `duplicate passage id "${passage.id}"` });
    }
    passages.set(passage.id, looseMatcher(passage.text));
  });

  const itemIds = new Set<string>();
  const statements = new Map<string, number>();
  quiz.items.forEach((item, index) => {
    const at = (field: string) => `items[${index}].${field}`;
    if (itemIds.has(item.id)) problems.push({ path: at('id'), message: `duplicate item id "${item.id}"` });
    itemIds.add(item.id);

    const normalised = item.text.replace(/\s+/g, ' ').trim();
    const earlier = statements.get(normalised);
    if (earlier !== undefined) {
      problems.push({ path: at('text'), message: `the same statement as items[${earlier}]` });
    } else {
      statements.set(normalised, index);
    }

    const findInPassage = passages.get(item.passage);
    if (findInPassage === undefined) {
      problems.push({ path: at('passage'), message: `no passage has the id "${item.passage}"` });
    } else if (!findInPassage(item.text)) {
      problems.push({ path: at('text'), message: `not found in passage "${item.passage}"` });
    }

    if (item.alsoAccept === item.label) {
      problems.push({ path: at('alsoAccept'), message: `is the same as the label "${item.label}"` });
    }

    if (typeof item.explanation !== 'string' && !(quiz.language in item.explanation)) {
      problems.push({ path: at('explanation'), message: `needs a text in the set's language "${quiz.language}"` });
    }

    item.cues?.forEach((cue, cueIndex) => {
      if (!findLoosely(item.text, cue.text)) {
        problems.push({ path: at(`cues[${cueIndex}].text`), message: `"${cue.text}" is not in the statement` });
      }
    });
  });
  return problems;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
