import type { Problem } from '../../domain/validate-quiz';

/** The checks' messages for one field, shown right under it. Text only; the checks speak English. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((problem, index) => (
        <li key={index} lang="en" dir="ltr">
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
