import { useTranslation } from 'react-i18next';
import type { QuizDraft } from '../../domain/quiz-draft';
import type { Source } from '../../domain/quiz-schema';
import type { Problem } from '../../domain/validate-quiz';
import { idForTitle } from '../../domain/set-id';
import { problemsAt } from './field-problems';
import { TextField } from './TextField';

type Edit = (change: (draft: QuizDraft) => QuizDraft, group: string) => void;

/** Title, description, language and the source's credit. */
export function MetadataFields({ draft, problems, edit, idFixed }: { draft: QuizDraft; problems: readonly Problem[]; edit: Edit; idFixed: boolean }) {
  const { t } = useTranslation('teacher');
  const setSource = (change: Partial<Source>, group: string) => edit((current) => ({ ...current, source: { ...current.source, ...change } }), group);
  const { source } = draft;
  return (
    <section aria-labelledby="editor-about" className="editor-section">
      <h2 id="editor-about">{t('editor.about')}</h2>
      <TextField
        label={t('fields.title')}
        value={draft.title}
        problems={problemsAt(problems, 'title')}
        dir="auto"
        onChange={(title) => edit((current) => ({ ...current, title, id: idFixed ? current.id : idForTitle(current.id, current.title, title) }), 'title')}
      />
      <TextField
        label={t('fields.id')}
        hint={idFixed ? t('fields.idFixedHint') : t('fields.idHint')}
        value={draft.id}
        readOnly={idFixed}
        dir="ltr"
        problems={problemsAt(problems, 'id')}
        onChange={(id) => edit((current) => ({ ...current, id: id.trim() }), 'id')}
      />
      <TextField
        label={t('fields.description')}
        value={draft.description}
        multiline
        dir="auto"
        problems={problemsAt(problems, 'description')}
        onChange={(description) => edit((current) => ({ ...current, description }), 'description')}
      />
      <TextField
        label={t('fields.language')}
        hint={t('fields.languageHint')}
        value={draft.language}
        problems={problemsAt(problems, 'language')}
        onChange={(language) => edit((current) => ({ ...current, language: language.trim() }), 'language')}
      />
      <fieldset className="source-fields">
        <legend>{t('fields.source')}</legend>
        <TextField label={t('fields.sourceTitle')} value={source.title} dir="auto" problems={problemsAt(problems, 'source.title')} onChange={(title) => setSource({ title }, 'source.title')} />
        <TextField
          label={t('fields.publisher')}
          value={source.publisher}
          dir="auto"
          problems={problemsAt(problems, 'source.publisher')}
          onChange={(publisher) => setSource({ publisher }, 'source.publisher')}
        />
        <TextField label={t('fields.date')} hint={t('fields.dateHint')} value={source.date} problems={problemsAt(problems, 'source.date')} onChange={(date) => setSource({ date: date.trim() }, 'source.date')} />
        <TextField label={t('fields.url')} type="url" value={source.url ?? ''} problems={problemsAt(problems, 'source.url')} onChange={(url) => setSource({ url: url.trim() }, 'source.url')} />
        <TextField
          label={t('fields.licenceName')}
          hint={t('fields.licenceHint')}
          value={source.licence.name}
          problems={problemsAt(problems, 'source.licence.name')}
          onChange={(name) => edit((current) => ({ ...current, source: { ...current.source, licence: { ...current.source.licence, name } } }), 'source.licence.name')}
        />
        <TextField
          label={t('fields.licenceUrl')}
          type="url"
          value={source.licence.url}
          problems={problemsAt(problems, 'source.licence.url')}
          onChange={(url) => edit((current) => ({ ...current, source: { ...current.source, licence: { ...current.source.licence, url: url.trim() } } }), 'source.licence.url')}
        />
      </fieldset>
    </section>
  );
}
