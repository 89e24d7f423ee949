import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizDraft } from '../../domain/quiz-draft';
import { locate, passageRanges, sentenceAt } from '../../domain/quiz-draft';
import type { SentenceSpan } from '../../domain/sentence-split';
import type { Problem } from '../../domain/validate-quiz';
import { readTextFile } from './read-text-file';
import { problemsAt } from './field-problems';
import { FieldProblems } from './FieldProblems';
import { TextField } from './TextField';

type Edit = (change: (draft: QuizDraft) => QuizDraft, group?: string) => void;

/** The pasted article, its sentences in order, where passages begin, and the way to turn a sentence into a statement. */
export function ArticleSection({
  draft,
  sentences,
  problems,
  edit,
  onMakeStatement,
}: {
  draft: QuizDraft;
  sentences: readonly SentenceSpan[];
  problems: readonly Problem[];
  edit: Edit;
  onMakeStatement: (text: string) => void;
}) {
  const { t } = useTranslation('teacher');
  const fileId = useId();
  const [fileError, setFileError] = useState<string | null>(null);

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = await readTextFile(file);
    if (!read.ok) {
      setFileError(t(`fileErrors.${read.reason}`, { ...read, name: file.name }));
      return;
    }
    setFileError(null);
    edit((current) => ({ ...current, article: read.text, passageStarts: [0] }));
  };

  const ranges = passageRanges(sentences.length, draft.passageStarts);
  const startsPassage = new Set(ranges.map((range) => range.first));
  const usedBy = useMemo(() => {
    const numbers: number[][] = sentences.map(() => []);
    draft.items.forEach((item, index) => {
      const span = locate(draft.article, item.text);
      const sentence = span ? sentenceAt(sentences, span.start) : -1;
      numbers[sentence]?.push(index + 1);
    });
    return numbers;
  }, [draft.article, draft.items, sentences]);
  const togglePassageStart = (index: number) =>
    edit((current) => {
      const starts = new Set(current.passageStarts);
      if (starts.has(index)) starts.delete(index);
      else starts.add(index);
      return { ...current, passageStarts: [...starts].sort((a, b) => a - b) };
    });

  return (
    <section aria-labelledby="editor-article" className="editor-section">
      <h2 id="editor-article">{t('editor.article')}</h2>
      <TextField
        label={t('fields.article')}
        hint={t('fields.articleHint')}
        value={draft.article}
        multiline
        rows={8}
        lang={draft.language}
        dir="auto"
        problems={[]}
        onChange={(article) => edit((current) => ({ ...current, article }), 'article')}
      />
      <div className="field">
        <label htmlFor={fileId}>{t('fields.articleFile')}</label>
        <input id={fileId} type="file" accept=".txt,text/plain" onChange={(event) => void loadFile(event)} />
        {fileError ? (
          <p role="alert" className="field-problems">
            {fileError}
          </p>
        ) : null}
      </div>

      {sentences.length ? (
        <>
          <h3>{t('sentences.title', { count: sentences.length })}</h3>
          <p className="field-hint">{t('sentences.hint')}</p>
          <FieldProblems id="passage-problems" problems={problemsAt(problems, 'passages')} />
          <ol className="sentence-list">
            {sentences.map((sentence, index) => (
              <li key={`${index}-${sentence.start}`} className={`sentence${startsPassage.has(index) ? ' starts-passage' : ''}`}>
                {startsPassage.has(index) ? (
                  <p className="passage-tag">
                    {t('sentences.passage', { number: ranges.findIndex((range) => range.first === index) + 1 })}
                  </p>
                ) : null}
                <p className="sentence-text" dir="auto" lang={draft.language}>
                  {sentence.text}
                </p>
                <div className="sentence-tools">
                  {usedBy[index]?.length ? <span className="used-tag">{t('sentences.used', { numbers: usedBy[index].join(', ') })}</span> : null}
                  <button type="button" onClick={() => onMakeStatement(sentence.text)} aria-label={t('sentences.makeStatementFor', { number: index + 1 })}>
                    {t('sentences.makeStatement')}
                  </button>
                  {index > 0 ? (
                    <label className="check">
                      <input type="checkbox" checked={startsPassage.has(index)} onChange={() => togglePassageStart(index)} />
                      {t('sentences.startsPassage', { number: index + 1 })}
                    </label>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
