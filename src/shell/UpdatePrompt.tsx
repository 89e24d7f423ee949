import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePath } from '../common/router';
import { isInsideSet } from '../pwa/inside-set';
import { updateState, useUpdateState } from '../pwa/update-state';
import './update-prompt.css';

/** Offers a waiting new version, never inside a running set, and applies it only when the learner asks. */
export function UpdatePrompt() {
  const { t } = useTranslation('pwa');
  const path = usePath();
  const { ready, reloadPending } = useUpdateState();
  const [applying, setApplying] = useState(false);
  const insideSet = isInsideSet(path);

  useEffect(() => {
    if (reloadPending && !insideSet) window.location.reload();
  }, [reloadPending, insideSet]);

  const show = ready && !insideSet;
  return (
    <div aria-live="polite">
      {show ? (
        <div className="update-prompt">
          <p>
            {t('update.ready')}
            {' — '}
            <button
              type="button"
              className="primary"
              disabled={applying}
              onClick={() => {
                setApplying(true);
                void updateState.apply();
              }}
            >
              {t('update.reload')}
            </button>
          </p>
        </div>
      ) : null}
    </div>
  );
}
