import { useTranslation } from 'react-i18next';
import { LABELS, type Quiz, type QuizItem } from '../../domain/quiz-schema';
import { explanationIn } from '../../domain/explanation';
import { looseMatcher, segmentText } from '../../domain/text-match';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { LABEL_KEYS } from '../../common/play/label-text';
import { useTeacherSet } from './use-teacher-set';
import { isCheckUp } from '../../domain/check-up';
import './teacher.css';

interface NumberedItem {
  item: QuizItem;
  number: number;
}

/** Passages in the order their first statement comes, each with its statements numbered across the sheet. */
function passagesWithItems(quiz: Quiz): { id: string; text: string; items: NumberedItem[] }[] {
  const byId = new Map(quiz.passages.map((passage) => [passage.id, { id: passage.id, text: passage.text, items: [] as NumberedItem[] }]));
  const ordered: { id: string; text: string; items: NumberedItem[] }[] = [];
  quiz.items.forEach((item, index) => {
    const passage = byId.get(item.passage);
    if (!passage) return;
    if (passage.items.length === 0) ordered.push(passage);
    passage.items.push({ item, number: index + 1 });
  });
  return ordered;
}

/** Paragraph breaks in the data stay paragraph breaks; a single line break inside a paragraph is a space. */
const asPrinted = (text: string) => text.replace(/[^\S\n]*\n[^\S\n]*(?:\n\s*)+/g, '\n\n').replace(/(?<!\n)\n(?!\n)/g, ' ');

/** The passage, shown once, with each of its statements marked and numbered where it stands. */
function NumberedPassage({ text, items, language }: { text: string; items: NumberedItem[]; language: string }) {
  const find = looseMatcher(text);
  const segments = segmentText(
    text,
    items.map(({ item }) => find(item.text)),
  );
  return (
    <div className="passage worksheet-passage" lang={language} dir="auto">
      {segments.map((segment, index) =>
        segment.mark === null ? (
          asPrinted(segment.text)
        ) : (
          <mark key={index} className="statement">
            <sup className="statement-number">{items[segment.mark]?.number}</sup>
            {asPrinted(segment.text)}
          </mark>
        ),
      )}
    </div>
  );
}

/** A printable worksheet: each passage once with its statements numbered and tick boxes under it, then the answer key on its own page. */
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
  if (isCheckUp(quiz)) {
    return (
      <section>
        <h1>{t('worksheet.checkUp')}</h1>
        <p>{t('worksheet.checkUpWhy')}</p>
        <Link href={paths.teacher()}>{t('backToLibrary')}</Link>
      </section>
    );
  }
  const { source } = quiz;
  const credit = (
    <p className="credit worksheet-credit">
      {t('credit.full', { title: source.title, publisher: source.publisher, date: source.date, licence: source.licence.name, licenceUrl: source.licence.url })}
      {source.url && /^https?:/i.test(source.url) ? (
        <>
          {' '}
          <a href={source.url} dir="ltr">
            {source.url}
          </a>
        </>
      ) : null}
    </p>
  );
  const labelName = (label: QuizItem['label']) => tApp(LABEL_KEYS[label].name);
  return (
    <article className="worksheet" aria-labelledby="worksheet-title">
      <div className="worksheet-tools">
        <Link href={paths.teacher()}>{t('backToLibrary')}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('worksheet.print')}
        </button>
      </div>
      <section className="worksheet-questions" aria-labelledby="worksheet-title">
        <h1 id="worksheet-title" dir="auto" lang={quiz.language}>
          {quiz.title}
        </h1>
        <div className="worksheet-name">
          <p>{t('worksheet.name')}</p>
          <p>{t('worksheet.date')}</p>
        </div>
        <p>{t('worksheet.instructions')}</p>
        {passagesWithItems(quiz).map((passage, index) => (
          <section key={passage.id} className="worksheet-block" aria-labelledby={`worksheet-passage-${index}`}>
            <h2 id={`worksheet-passage-${index}`} className="worksheet-passage-title">
              {t('worksheet.passage', { number: index + 1 })}
            </h2>
            <NumberedPassage text={passage.text} items={passage.items} language={quiz.language} />
            <ol className="worksheet-items">
              {passage.items.map(({ item, number }) => (
                <li key={item.id} value={number} className="worksheet-item">
                  <p className="worksheet-statement" lang={quiz.language} dir="auto">
                    {item.text}
                  </p>
                  <ul className="tick-boxes" aria-label={t('worksheet.choices', { number })}>
                    {LABELS.map((label) => (
                      <li key={label}>
                        <span className="tick-box" aria-hidden="true" /> {labelName(label)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        ))}
        {credit}
      </section>
      <section className="worksheet-key" aria-labelledby="answer-key-title">
        <h2 id="answer-key-title">{t('worksheet.key', { title: quiz.title })}</h2>
        <ol>
          {quiz.items.map((item) => {
            const explanation = explanationIn(item.explanation, i18n.language, quiz.language);
            return (
              <li key={item.id}>
                <p>
                  <span className="key-statement" lang={quiz.language} dir="auto">
                    {item.text}
                  </span>{' '}
                  — <strong>{labelName(item.label)}</strong>
                  {item.alsoAccept ? ` ${t('worksheet.alsoAccepted', { label: labelName(item.alsoAccept) })}` : ''}
                </p>
                <p lang={explanation.language} dir="auto">
                  {explanation.text}
                </p>
              </li>
            );
          })}
        </ol>
        {credit}
      </section>
    </article>
  );
}
