import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './database-context';
import { StorageMessage } from './StorageMessage';
import { unlockTeacher } from './teacher-lock';
import { checkTeacherPin, hasTeacherPin, MIN_PIN_LENGTH, setTeacherPin, teacherPinWait } from '../db/teacher-lock';

/** Sets the teacher PIN on first use, asks for it afterwards; unlocks teacher actions in this tab. */
export function TeacherPinForm({ onCancel }: { onCancel?: () => void }) {
  const { t } = useTranslation('pin');
  const db = useDb();
  const id = useId();
  const exists = useLiveQuery(() => hasTeacherPin(db), [db]);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (exists === undefined) return <p role="status">{t('app:common.loading')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    if (!exists) {
      if (pin.length < MIN_PIN_LENGTH) return setProblem(t('tooShort', { count: MIN_PIN_LENGTH }));
      if (pin !== again) return setProblem(t('notSame'));
    }
    setBusy(true);
    const waitMessage = (ms: number) => t('wait', { count: Math.ceil(ms / 1000) });
    try {
      const wait = exists ? await teacherPinWait(db) : 0;
      if (!exists) {
        await setTeacherPin(db, pin);
        unlockTeacher();
      } else if (wait > 0) setProblem(waitMessage(wait));
      else if (await checkTeacherPin(db, pin)) unlockTeacher();
      else {
        setPin('');
        const next = await teacherPinWait(db);
        setProblem(next > 0 ? `${t('wrong')} ${waitMessage(next)}` : t('wrong'));
      }
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  };

  return (
    <form className="teacher-pin" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{exists ? t('enterTitle') : t('setTitle')}</h2>
      <p>{exists ? t('enterIntro') : t('setIntro')}</p>
      <label className="learner-field">
        <span>{exists ? t('pin') : t('newPin')}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          value={pin}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setPin(event.target.value)}
        />
      </label>
      {exists ? null : (
        <label className="learner-field">
          <span>{t('repeat')}</span>
          <input type="password" inputMode="numeric" autoComplete="off" value={again} onChange={(event) => setAgain(event.target.value)} />
        </label>
      )}
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="learner-field-problem">
          {problem}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {exists ? t('unlock') : t('setAndUnlock')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </form>
  );
}
