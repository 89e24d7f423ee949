import type { Problem } from '../../domain/validate-quiz';

/** The problems at `path` or inside it: `items[2]` holds `items[2].label` and `items[2].cues[0].text`. */
export function problemsAt(problems: readonly Problem[], path: string, exact = false): Problem[] {
  return problems.filter(
    (problem) => problem.path === path || (!exact && (problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`))),
  );
}
