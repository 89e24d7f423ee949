import type { Explanation } from './quiz-schema';

/** The explanation in the learner's language when the set carries one, else in the set's own language. */
export function explanationIn(explanation: Explanation, learnerLanguage: string, setLanguage: string): { text: string; language: string } {
  if (typeof explanation === 'string') return { text: explanation, language: setLanguage };
  const base = learnerLanguage.split('-')[0] ?? learnerLanguage;
  for (const language of [learnerLanguage, base, setLanguage]) {
    const text = explanation[language];
    if (text) return { text, language };
  }
  const [language, text] = Object.entries(explanation)[0] ?? [setLanguage, ''];
  return { text, language };
}
