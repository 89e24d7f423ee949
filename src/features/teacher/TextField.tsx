import { useId, type ChangeEvent, type Ref } from 'react';
import type { Problem } from '../../domain/validate-quiz';
import { FieldProblems } from './FieldProblems';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly Problem[];
  multiline?: boolean;
  rows?: number;
  hint?: string;
  lang?: string;
  dir?: 'auto' | 'ltr';
  readOnly?: boolean;
  type?: 'text' | 'url';
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled input whose check problems sit right under it and are announced with it. */
export function TextField({ label, value, onChange, problems, multiline = false, rows = 3, hint, lang, dir, readOnly, type = 'text', textareaRef }: TextFieldProps) {
  const id = useId();
  const problemId = `${id}-problems`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', problems.length ? problemId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    lang,
    dir,
    readOnly,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className={`field${problems.length ? ' has-problems' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea ref={textareaRef} rows={rows} {...common} /> : <input type={type} {...common} />}
      <FieldProblems id={problemId} problems={problems} />
    </div>
  );
}
