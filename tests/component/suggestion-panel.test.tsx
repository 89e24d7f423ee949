import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { setUpI18n } from '../../src/i18n/setup';
import { suggestLabel } from '../../src/domain/suggest-label';
import { SuggestionPanel } from '../../src/features/teacher/SuggestionPanel';

afterEach(cleanup);

async function showPanel(interfaceLanguage: string, text: string, language: string) {
  const i18n = await setUpI18n(interfaceLanguage);
  await i18n.loadNamespaces(['app', 'teacher']);
  render(
    <I18nextProvider i18n={i18n}>
      <SuggestionPanel text={text} language={language} suggestion={suggestLabel(text, language)} cues={[]} onUse={() => {}} onAddCue={() => {}} />
    </I18nextProvider>,
  );
}

describe('the suggestion panel', () => {
  test.each([
    ['en', 'Según el alcalde, el puente es seguro.', 'es', 'Suggestion: Attributed claim', 'Según'],
    ['ar', 'Según el alcalde, el puente es seguro.', 'es', 'الاقتراح: ادعاء منسوب', 'Según'],
    ['es', 'ينبغي على البلدية خفض أسعار الحافلات.', 'ar', 'Sugerencia: Opinión', 'ينبغي'],
    ['en', 'المكتبة الجديدة رائعة جداً.', 'ar', 'Suggestion: Opinion', 'رائعة'],
  ])('in the %s interface, a statement in another language shows its suggestion and deciding cue', async (ui, text, language, heading, cue) => {
    await showPanel(ui, text, language);
    expect(screen.getByText(heading)).toBeInTheDocument();
    const marked = screen.getByRole('mark');
    expect(marked).toHaveTextContent(cue);
    expect(marked.closest('[lang]')?.getAttribute('lang')).toBe(language);
  });

  test('cues that do not decide are listed, and the message does not say that none was found', async () => {
    await showPanel('en', 'To make matters worse, it rained.', 'en');
    expect(screen.getByText(/do not decide its label/)).toBeInTheDocument();
    expect(screen.queryByText(/none of the words/)).toBeNull();
    expect(screen.getByRole('listitem')).toHaveTextContent('To make matters worse');
  });

  test('a heading question and a statement without cues each get their own reason', async () => {
    await showPanel('es', '¿Qué pasó en el pleno?', 'es');
    expect(screen.getByText(/parece una pregunta que solo presenta una sección/)).toBeInTheDocument();
    cleanup();
    await showPanel('ar', 'ذهب الأطفال إلى الحديقة.', 'ar');
    expect(screen.getByText(/لا توجد في هذه العبارة/)).toBeInTheDocument();
  });
});
