import { useTranslation } from 'react-i18next';
import { LABELS } from '../../domain/quiz-schema';
import { explanationIn } from '../../domain/explanation';
import { Link } from '../../app/Link';
import { paths } from '../../app/router';
import { LABEL_KEYS } from '../play/label-text';
import { MarkedPassage } from '../play/MarkedText';
import { useTeacherSet } from './use-teacher-set';
import './teacher.css';

/** A printable worksheet: each statement in its excerpt with tick boxes, then the answer key on its own page. */
export function TeacherWorksheet({ setId }: { setId: string }) {
  const { t, i18n } = useTranslation('teacher');
  const { t: tApp } = useTranslation();
  const view = useTeacherSet(setId);
  if (view.state === 'loading') return <p role="status">{t('loading')}</p>;
  if (view.state !== 'ready') {
    return (
      <section>
        <h1>{view.state === 'invalid' ? t('preview.invalid', { count: view.problemCount }) : t('editor.notFound')}</h1>
        <Link href={paths.teacher()}>{t('backToLibrary')}</Link>
      </section>
    );
  }
  const { quiz } = view;
  const passages = new Map(quiz.passages.map((passage) => [passage.id, passage.text]));
  const { source } = quiz;
  const credit = (
    <p className="credit">
      {t('credit.full', { title: source.title, publisher: source.publisher, date: source.date, licence: source.licence.name, licenceUrl: source.licence.url })}
      {source.url && /^https?:/i.test(source.url) ? (
        <>
          {' '}
          <a href={source.url}>{source.url}</a>
        </>
      ) : null}
    </p>
  );
  return (
    <article className="worksheet" aria-labelledby="worksheet-title">
      <div className="worksheet-tools">
        <Link href={paths.teacher()}>{t('backToLibrary')}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('worksheet.print')}
        </button>
      </div>
      <h1 id="worksheet-title" dir="auto">
        {quiz.title}
      </h1>
      <p className="worksheet-name">{t('worksheet.name')}</p>
      <p>{t('worksheet.instructions')}</p>
      <ol className="worksheet-items">
        {quiz.items.map((item) => (
          <li key={item.id} className="worksheet-item">
            <blockquote className="passage" lang={quiz.language}>
              <MarkedPassage passage={passages.get(item.passage) ?? ''} statement={item.text} />
            </blockquote>
            <ul className="tick-boxes" aria-label={t('worksheet.choices')}>
              {LABELS.map((label) => (
                <li key={label}>
                  <span className="tick-box" aria-hidden="true" /> {tApp(LABEL_KEYS[label].name)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {credit}
      <section className="answer-key" aria-labelledby="answer-key-title">
        <h2 id="answer-key-title">{t('worksheet.key', { title: quiz.title })}</h2>
        <ol>
          {quiz.items.map((item) => {
            const explanation = explanationIn(item.explanation, i18n.language, quiz.language);
            return (
              <li key={item.id}>
                <p>
                  <q lang={quiz.language}>{item.text}</q> — <strong>{tApp(LABEL_KEYS[item.label].name)}</strong>
                  {item.alsoAccept ? ` ${t('worksheet.alsoAccepted', { label: tApp(LABEL_KEYS[item.alsoAccept].name) })}` : ''}
                </p>
                <p lang={explanation.language}>{explanation.text}</p>
              </li>
            );
          })}
        </ol>
        {credit}
      </section>
    </article>
  );
}
