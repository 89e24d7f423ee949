import type { Problem } from '../../domain/validate-quiz';
import { useProblemText } from './problem-text';

/** The checks' messages for one field, shown right under it, in the teacher's language. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const problemText = useProblemText();
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((problem, index) => (
        <li key={index}>{problemText(problem)}</li>
      ))}
    </ul>
  );
}
