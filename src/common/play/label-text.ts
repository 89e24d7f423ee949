import type { Label } from '../../domain/quiz-schema';

export const LABEL_KEYS: Record<Label, { name: string; hint: string; article: string }> = {
  fact: { name: 'labels.fact.name', hint: 'labels.fact.hint', article: 'labels.fact.withArticle' },
  claim: { name: 'labels.claim.name', hint: 'labels.claim.hint', article: 'labels.claim.withArticle' },
  opinion: { name: 'labels.opinion.name', hint: 'labels.opinion.hint', article: 'labels.opinion.withArticle' },
};
