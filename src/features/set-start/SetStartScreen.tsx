import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionMode } from '../../domain/session-mode';
import { useDb } from '../../common/database-context';
import { useActiveProfileId } from '../../common/profile';
import { loadSets, useOwnSet, useSetSummaries } from '../../common/use-sets';
import { bundledDescription } from '../../content/bundled-descriptions';
import { isBundled, loadBundledSet } from '../../content/bundled-sets';
import { isCheckUp } from '../../domain/check-up';
import { useProgressBySet } from '../../common/use-progress';
import { refsOf, startAndOpen } from '../../common/start-attempt';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { StorageMessage } from '../../common/StorageMessage';
import { SourceCredit } from '../../common/SourceCredit';
import { directionOf } from '../../i18n/languages';

const MODES: SessionMode[] = ['practice', 'test'];

export function SetStartScreen({ setId }: { setId: string }) {
  const { t } = useTranslation('set');
  const db = useDb();
  const profileId = useActiveProfileId();
  const entry = useSetSummaries().find(({ summary }) => summary.id === setId);
  const own = useOwnSet(setId);
  const open = useProgressBySet([setId])?.get(setId)?.openAttempt;
  const [mode, setMode] = useState<SessionMode>('practice');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    // Fetched while the learner chooses a mode, so starting does not wait for it.
    if (isBundled(setId)) loadBundledSet(setId).catch(() => undefined);
  }, [setId]);

  if (!entry) {
    return (
      <section>
        <h1>{t('notFound')}</h1>
        <Link href={paths.home()}>{t('app:common.backHome')}</Link>
      </section>
    );
  }
  const { summary: set } = entry;
  if (isCheckUp(set)) {
    return (
      <section>
        <h1>{t('checkUp')}</h1>
        <p>{t('checkUpWhy')}</p>
        <Link href={paths.home()}>{t('app:common.backHome')}</Link>
      </section>
    );
  }
  const start = async () => {
    const [full] = await loadSets(db, [set.id]);
    if (!full) throw new Error(`The set ${set.id} is no longer on this device.`);
    await startAndOpen(db, profileId, set.id, mode, refsOf(full.quiz));
  };

  return (
    <section aria-labelledby="set-title" className="set-start">
      <h1 id="set-title" lang={set.language} dir={directionOf(set.language)}>
        {set.title}
      </h1>
      <p className="lead" lang={set.language} dir={directionOf(set.language)}>
        {entry.bundled ? bundledDescription(set.id) : own?.description}
      </p>
      <p>{t('app:home.statements', { count: set.itemCount })}</p>
      <SourceCredit source={set.source} />

      {open ? (
        <p>
          <Link className="button primary" href={paths.play(open.id)}>
            {t('app:home.continue', { current: Math.min(open.position + 1, open.items.length), total: open.items.length })}
          </Link>
        </p>
      ) : null}

      <form
        className="mode-form"
        onSubmit={(event) => {
          event.preventDefault();
          start().catch(setError);
        }}
      >
        <fieldset>
          <legend>{t('chooseMode')}</legend>
          {MODES.map((option) => (
            <label key={option} className="mode-option">
              <input type="radio" name="mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
              <span>
                <strong>{t(`app:modes.${option}.name`)}</strong> — {t(`app:modes.${option}.hint`)}
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className={open ? '' : 'primary'}>
          {open ? t('startOver') : t('start')}
        </button>
      </form>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
