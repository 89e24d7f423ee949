import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../common/database-context';
import { createProfile, listProfiles, ProfileNameError, setActiveProfile } from '../../db/profiles';
import { PROFILE_PICTURES, pictureFor } from '../../domain/profile-pictures';
import { MAX_NAME_LENGTH } from '../../domain/profile-name';
import { StorageMessage } from '../../common/StorageMessage';
import type { NameProblem } from '../../domain/profile-name';
import { lockTeacher } from '../../common/teacher-lock';
import './profiles.css';

/** The start screen on a shared device: pick your name, or add yourself. */
export function ProfilePicker({ onChosen }: { onChosen?: () => void }) {
  const { t } = useTranslation('profiles');
  const db = useDb();
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  const [error, setError] = useState<unknown>(null);

  if (profiles === undefined) return <p role="status">{t('loading')}</p>;
  const choose = (id: string) =>
    setActiveProfile(db, id).then(() => {
      lockTeacher();
      onChosen?.();
    }, setError);

  return (
    <section aria-labelledby="picker-title" className="profile-picker">
      <h1 id="picker-title">{profiles.length ? t('picker.title') : t('picker.firstTitle')}</h1>
      {profiles.length ? (
        <ul className="profile-list">
          {profiles.map((profile) => (
            <li key={profile.id}>
              <button type="button" className="profile-choice" onClick={() => void choose(profile.id)}>
                <span className="profile-picture" aria-hidden="true">
                  {pictureFor(profile.picture).emoji}
                </span>
                <span>{t('picker.iAm', { name: profile.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="lead">{t('picker.firstIntro')}</p>
      )}
      <NewProfileForm
        onCreated={() => {
          lockTeacher();
          onChosen?.();
        }}
      />
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}

function NewProfileForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('profiles');
  const db = useDb();
  const [name, setName] = useState('');
  const [picture, setPicture] = useState<string>(PROFILE_PICTURES[0].id);
  const [problem, setProblem] = useState<NameProblem | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    createProfile(db, { name, picture }).then(
      () => {
        setName('');
        onCreated();
      },
      (failure: unknown) => (failure instanceof ProfileNameError ? setProblem(failure.problem) : setError(failure)),
    );
  };

  return (
    <form className="new-profile" onSubmit={submit} noValidate>
      <h2>{t('new.title')}</h2>
      <label className="learner-field">
        <span>{t('new.name')}</span>
        <input
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'name-problem' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(null);
          }}
        />
      </label>
      {problem ? (
        <p id="name-problem" className="learner-field-problem" role="alert">
          {t(`nameProblem.${problem}`, { max: MAX_NAME_LENGTH })}
        </p>
      ) : null}
      <fieldset className="picture-choice">
        <legend>{t('new.picture')}</legend>
        {PROFILE_PICTURES.map((option) => (
          <label key={option.id} className="picture-option">
            <input type="radio" name="picture" value={option.id} checked={picture === option.id} onChange={() => setPicture(option.id)} />
            <span className="profile-picture" aria-hidden="true">
              {option.emoji}
            </span>
            <span className="picture-name">{t(`pictures.${option.id}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary">
        {t('new.create')}
      </button>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </form>
  );
}
