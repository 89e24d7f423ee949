import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUE_KINDS, DIFFICULTIES, LABELS, type CueKind, type Difficulty, type Label } from '../../domain/quiz-schema';
import { explanationText, withExplanationText, type DraftItem } from '../../domain/quiz-draft';
import { suggestLabel } from '../../domain/suggest-label';
import { findLoosely } from '../../domain/text-match';
import type { Problem } from '../../domain/validate-quiz';
import { LABEL_KEYS } from '../../common/play/label-text';
import { problemsAt } from './field-problems';
import { FieldProblems } from './FieldProblems';
import { TextField } from './TextField';
import { SuggestionPanel } from './SuggestionPanel';

interface ItemEditorProps {
  item: DraftItem;
  index: number;
  language: string;
  /** Every problem of the set; this item shows those under `items[index]`. */
  problems: readonly Problem[];
  onChange: (index: number, change: (item: DraftItem) => DraftItem, group?: string) => void;
  onRemove: (index: number) => void;
  /** Just made from a sentence: take the focus and come into view. */
  focusOnMount?: boolean;
}

const ownProblems = (problems: readonly Problem[], index: number) => problemsAt(problems, `items[${index}]`).map((problem) => `${problem.path}\u0000${problem.message}`).join('\n');

/** Re-renders only when its own statement or its own problems change, so large sets stay quick to edit. */
export const ItemEditor = memo(
  ItemEditorFields,
  (before, after) =>
    before.item === after.item &&
    before.index === after.index &&
    before.language === after.language &&
    before.onChange === after.onChange &&
    before.onRemove === after.onRemove &&
    (before.problems === after.problems || ownProblems(before.problems, before.index) === ownProblems(after.problems, after.index)),
);

/** One statement: its text, the suggested and chosen label, explanation, cue words and difficulty. */
function ItemEditorFields({ item, index, language, problems: allProblems, onChange: onChangeAt, onRemove, focusOnMount = false }: ItemEditorProps) {
  const problems = useMemo(() => problemsAt(allProblems, `items[${index}]`), [allProblems, index]);
  const onChange = (change: (item: DraftItem) => DraftItem, group?: string) => onChangeAt(index, change, group);
  const { t } = useTranslation('teacher');
  const { t: tApp } = useTranslation();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [cueKind, setCueKind] = useState<CueKind | ''>('');
  useEffect(() => {
    if (!focusOnMount) return;
    textRef.current?.focus({ preventScroll: true });
    textRef.current?.closest('article')?.scrollIntoView?.({ block: 'start' });
    // Only when it first appears.
  }, []);
  const [note, setNote] = useState<string | null>(null);
  const suggestion = useMemo(() => suggestLabel(item.text, language), [item.text, language]);
  const at = `items[${index}]`;
  const number = index + 1;

  const selectedWords = (): string | null => {
    const field = textRef.current;
    const words = field ? field.value.slice(field.selectionStart, field.selectionEnd).trim() : '';
    if (!words) {
      setNote(t('item.selectFirst'));
      return null;
    }
    setNote(null);
    return words;
  };
  const keepSelection = () => {
    const words = selectedWords();
    if (words) onChange((current) => ({ ...current, text: words, cues: current.cues.filter((cue) => findLoosely(words, cue.text)) }));
  };
  const addCue = (text: string, kind: CueKind) =>
    onChange((current) => (current.cues.some((cue) => cue.text === text) ? current : { ...current, cues: [...current.cues, { text, kind }] }));
  const markSelection = () => {
    if (!cueKind) {
      setNote(t('item.chooseKindFirst'));
      return;
    }
    const words = selectedWords();
    if (words) addCue(words, cueKind);
  };
  const setLabel = (label: Label) => onChange((current) => ({ ...current, label }));
  const labelProblems = problemsAt(problems, `${at}.label`);

  return (
    <article className="item-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('item.heading', { number })}</h3>
      <FieldProblems id={`${id}-item-problems`} problems={problemsAt(problems, at, true)} />
      <TextField
        label={t('item.text', { number })}
        hint={t('item.textHint')}
        value={item.text}
        multiline
        rows={2}
        lang={language}
        dir="auto"
        textareaRef={textRef}
        problems={[...problemsAt(problems, `${at}.text`), ...problemsAt(problems, `${at}.passage`), ...problemsAt(problems, `${at}.id`)]}
        onChange={(text) => onChange((current) => ({ ...current, text }), `${at}.text`)}
      />
      <div className="selection-tools">
        <button type="button" onClick={keepSelection}>
          {t('item.keepSelection')}
        </button>
        <div className="field cue-kind-field">
          <label htmlFor={`${id}-cue-kind`}>{t('item.cueKind')}</label>
          <select id={`${id}-cue-kind`} value={cueKind} onChange={(event) => setCueKind(event.target.value as CueKind | '')}>
            <option value="">{t('item.cueKindNone')}</option>
            {CUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tApp(`cueKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={markSelection}>
          {t('item.markCue')}
        </button>
        {note ? (
          <p role="status" className="field-hint">
            {note}
          </p>
        ) : null}
      </div>

      <SuggestionPanel text={item.text} language={language} suggestion={suggestion} cues={item.cues} onUse={setLabel} onAddCue={addCue} />

      <fieldset className="label-choice" aria-describedby={labelProblems.length ? `${id}-label-problems` : undefined}>
        <legend>{t('item.label', { number })}</legend>
        {LABELS.map((label) => (
          <label key={label} className="check">
            <input type="radio" name={`${id}-label`} value={label} checked={item.label === label} onChange={() => setLabel(label)} />
            {tApp(LABEL_KEYS[label].name)}
          </label>
        ))}
        {item.label === null ? <p className="field-hint">{t('item.noLabelYet')}</p> : null}
        <FieldProblems id={`${id}-label-problems`} problems={labelProblems} />
      </fieldset>

      <div className="item-row">
        <div className="field">
          <label htmlFor={`${id}-also`}>{t('item.alsoAccept')}</label>
          <select
            id={`${id}-also`}
            value={item.alsoAccept ?? ''}
            aria-describedby={problemsAt(problems, `${at}.alsoAccept`).length ? `${id}-also-problems` : undefined}
            onChange={(event) => onChange((current) => ({ ...current, alsoAccept: (event.target.value || undefined) as Label | undefined }))}
          >
            <option value="">{t('item.alsoAcceptNone')}</option>
            {LABELS.map((label) => (
              <option key={label} value={label}>
                {tApp(LABEL_KEYS[label].name)}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-also-problems`} problems={problemsAt(problems, `${at}.alsoAccept`)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-difficulty`}>{t('item.difficulty')}</label>
          <select id={`${id}-difficulty`} value={item.difficulty} onChange={(event) => onChange((current) => ({ ...current, difficulty: event.target.value as Difficulty }))}>
            {DIFFICULTIES.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {t(`difficulty.${difficulty}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <TextField
        label={t('item.explanation', { number })}
        hint={t('item.explanationHint')}
        value={explanationText(item.explanation, language)}
        multiline
        dir="auto"
        problems={problemsAt(problems, `${at}.explanation`)}
        onChange={(text) => onChange((current) => ({ ...current, explanation: withExplanationText(current.explanation, language, text) }), `${at}.explanation`)}
      />

      <h4>{t('item.cues')}</h4>
      {item.cues.length === 0 ? <p className="field-hint">{t('item.noCues')}</p> : null}
      <ul className="cue-editor-list">
        {item.cues.map((cue, cueIndex) => (
          <li key={`${cue.text}-${cueIndex}`}>
            <strong id={`${id}-cue-${cueIndex}-text`} className="cue" data-kind={cue.kind} lang={language}>
              {cue.text}
            </strong>{' '}
            <span className="cue-kind">({tApp(`cueKinds.${cue.kind}`)})</span>{' '}
            <button
              id={`${id}-cue-${cueIndex}-remove`}
              type="button"
              onClick={() => onChange((current) => ({ ...current, cues: current.cues.filter((_, other) => other !== cueIndex) }))}
              aria-labelledby={`${id}-cue-${cueIndex}-remove ${id}-cue-${cueIndex}-text`}
            >
              {t('item.removeCue')}
            </button>
            <FieldProblems id={`${id}-cue-${cueIndex}-problems`} problems={problemsAt(problems, `${at}.cues[${cueIndex}]`)} />
          </li>
        ))}
      </ul>
      <button type="button" className="danger" onClick={() => onRemove(index)}>
        {t('item.removeStatement', { number })}
      </button>
    </article>
  );
}
