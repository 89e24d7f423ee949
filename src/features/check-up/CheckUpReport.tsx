import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_UP_SIZE, PRACTICE_BEFORE_SECOND_CHECK_UP } from '../../domain/check-up';
import { canCompare, hasBothSides, type CheckUpScore, type LabelScore } from '../../domain/check-up-score';
import { LABELS, type Label } from '../../domain/quiz-schema';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { useCheckUps } from '../../common/use-check-ups';
import './check-up.css';

/** The learner's check-up report in plain words: where they started and, after the second, what changed. */
export function CheckUpReport() {
  const { t } = useTranslation('checkup');
  const checkUps = useCheckUps();
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = checkUps !== undefined;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  if (!checkUps) return <p role="status">{t('app:common.loading')}</p>;
  const { outcome } = checkUps;
  const { before, after, practice } = outcome;
  // A first check-up taken after practice had begun shows where the learner stood then, never where they started.
  const practised = practice.before;
  // With the first check-up done, the second is on Home (offered, or begun and waiting to go on) once it is due.
  const secondDue = checkUps.offer?.kind === 'second' || checkUps.offer?.kind === 'continue' || checkUps.stored.practiceSince >= PRACTICE_BEFORE_SECOND_CHECK_UP;

  return (
    <section aria-labelledby="check-up-report-title" className="check-up-report">
      <h1 id="check-up-report-title" ref={heading} tabIndex={-1}>
        {t(!after ? 'report.title' : practised ? 'report.titleTwo' : 'report.titleBoth')}
      </h1>
      {!before ? (
        <p className="lead">{t('report.none')}</p>
      ) : hasBothSides(outcome) ? (
        <BeforeAfter before={outcome.before} after={outcome.after} gain={outcome.gain} practised={practised} compared={canCompare(outcome)} />
      ) : (
        <>
          <OneSide score={before} intro={t(after ? 'report.firstIntro' : practised ? 'report.nowIntro' : 'report.startIntro')} />
          {after ? (
            <>
              <OneSide score={after} intro={t('report.secondIntro')} />
              <p>{t('report.tooFewForChange', { count: CHECK_UP_SIZE })}</p>
            </>
          ) : null}
        </>
      )}
      {before && !after ? (
        <p>
          {secondDue
            ? t('report.secondNow')
            : t(practised ? 'report.onlyOne' : 'report.secondLater', { count: PRACTICE_BEFORE_SECOND_CHECK_UP - checkUps.stored.practiceSince })}
        </p>
      ) : null}
      {before ? (
        <section aria-labelledby="check-up-limits" className="limits">
          <h2 id="check-up-limits">{t('report.limitsTitle')}</h2>
          <ul>
            <li>{t('report.limitsFew', { count: (after ?? before).answered })}</li>
            <li>{t('report.limitsDevice')}</li>
            {after ? <li>{t('report.limitsForms')}</li> : null}
            <li>{t('report.hidden')}</li>
          </ul>
        </section>
      ) : null}
      <p>
        <Link href={paths.home()}>{t('app:common.backHome')}</Link>
      </p>
    </section>
  );
}

function useFigure() {
  const { t } = useTranslation('checkup');
  return (score: LabelScore | { correct: number; answered: number }) =>
    t('report.rightOf', { right: score.correct, total: 'total' in score ? score.total : score.answered });
}

function OneSide({ score, intro }: { score: CheckUpScore; intro: string }) {
  const { t } = useTranslation('checkup');
  const figure = useFigure();
  return (
    <>
      <p className="lead">{intro}</p>
      <ul className="change-list">
        {LABELS.map((label) => (
          <li key={label}>
            {t(`report.start.${label}`)} <span className="figure">{figure(score.byLabel[label])}</span>
          </li>
        ))}
        <li>
          {t('report.overall')} <span className="figure">{figure(score)}</span>
        </li>
      </ul>
    </>
  );
}

const direction = (before: LabelScore, after: LabelScore) => {
  const share = (score: LabelScore) => (score.total ? score.correct / score.total : 0);
  return share(after) > share(before) ? 'up' : share(after) < share(before) ? 'down' : 'same';
};

function BeforeAfter({ before, after, gain, practised, compared }: { before: CheckUpScore; after: CheckUpScore; gain: number | null; practised: boolean; compared: boolean }) {
  const { t, i18n } = useTranslation('checkup');
  const figure = useFigure();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const overall = (score: CheckUpScore): LabelScore => ({ correct: score.correct, total: score.answered });
  return (
    <>
      <p className="lead">{t(practised ? 'report.bothIntroPractised' : 'report.bothIntro')}</p>
      <ul className="change-list">
        {LABELS.map((label: Label) => (
          <li key={label}>
            {t(`report.change.${label}.${direction(before.byLabel[label], after.byLabel[label])}`)}{' '}
            <span className="figure">{t('report.arrow', { before: figure(before.byLabel[label]), after: figure(after.byLabel[label]) })}</span>
          </li>
        ))}
        <li>
          {t(`report.change.overall.${direction(overall(before), overall(after))}`)}{' '}
          <span className="figure">{t('report.arrow', { before: figure(before), after: figure(after) })}</span>
        </li>
      </ul>
      {!compared ? (
        <p>{t('report.littlePractice', { count: PRACTICE_BEFORE_SECOND_CHECK_UP })}</p>
      ) : gain !== null ? (
        <p>{gain > 0 ? t('report.gain', { share: percent.format(gain) }) : t('report.noGain')}</p>
      ) : null}
      <h2>{t('report.confusionsTitle')}</h2>
      {after.confusions.length ? (
        <ul>
          {after.confusions.map((confusion) => (
            <li key={`${confusion.expected}-${confusion.chosen}`}>{t(`report.still.${confusion.expected}.${confusion.chosen}`, { count: confusion.count })}</li>
          ))}
        </ul>
      ) : (
        <p>{t('report.noConfusions')}</p>
      )}
    </>
  );
}
