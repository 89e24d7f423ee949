import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsProblem } from '../../domain/results-format';

/** Why a results file or QR code was refused, in the teacher's language: which part, and what is wrong with it. */
export function useResultsProblemText(): (problem: ResultsProblem) => string {
  const { t } = useTranslation('classroom');
  return useCallback(
    (problem: ResultsProblem) => t(`resultsProblem.${problem.code}`, { ...problem.values, part: t(`resultsPart.${problem.part}`, problem.values) }),
    [t],
  );
}
