import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../common/database-context';
import { listProfiles, ProfileNameError } from '../../db/profiles';
import { deleteProfile, mergeProfiles, renameProfile } from '../../db/profile-changes';
import type { ProfileRecord } from '../../db/records';
import { pictureFor } from '../../domain/profile-pictures';
import { MAX_NAME_LENGTH, type NameProblem } from '../../domain/profile-name';
import { StorageMessage } from '../../common/StorageMessage';
import { Link } from '../../common/Link';
import { paths } from '../../common/router';
import { TeacherGate } from '../../common/TeacherGate';
import './profiles.css';

/** The teacher's tools: rename, merge or delete a learner, each destructive step confirmed. */
export function ManageLearnersScreen() {
  const { t } = useTranslation('profiles');
  const db = useDb();
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  if (profiles === undefined) return <p role="status">{t('loading')}</p>;
  return (
    <section aria-labelledby="manage-title" className="manage-learners">
      <h1 id="manage-title">{t('manage.title')}</h1>
      <TeacherGate>
        {profiles.length === 0 ? <p>{t('manage.none')}</p> : null}
        <ul className="profile-rows">
          {profiles.map((profile) => (
            <ProfileRow key={profile.id} profile={profile} others={profiles.filter((other) => other.id !== profile.id)} />
          ))}
        </ul>
      </TeacherGate>
      <p>
        <Link href={paths.learners()}>{t('manage.back')}</Link>
      </p>
    </section>
  );
}

type Pending = { kind: 'delete' } | { kind: 'merge'; intoId: string } | null;

function ProfileRow({ profile, others }: { profile: ProfileRecord; others: ProfileRecord[] }) {
  const { t } = useTranslation('profiles');
  const db = useDb();
  const [name, setName] = useState(profile.name);
  const [problem, setProblem] = useState<NameProblem | null>(null);
  const [mergeInto, setMergeInto] = useState(others[0]?.id ?? '');
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const problemId = `rename-problem-${profile.id}`;
  const target = others.find((other) => other.id === (pending?.kind === 'merge' ? pending.intoId : mergeInto));

  const rename = (event: FormEvent) => {
    event.preventDefault();
    renameProfile(db, profile.id, name).then(
      () => setDone(t('manage.renamed', { name: name.trim() })),
      (failure: unknown) => (failure instanceof ProfileNameError ? setProblem(failure.problem) : setError(failure)),
    );
  };
  const confirm = () => {
    const action = pending?.kind === 'merge' ? mergeProfiles(db, profile.id, pending.intoId) : deleteProfile(db, profile.id);
    action.then(() => setPending(null), setError);
  };

  return (
    <li className="profile-row">
      <h2>
        <span className="profile-picture" aria-hidden="true">
          {pictureFor(profile.picture).emoji}
        </span>{' '}
        {profile.name}
      </h2>
      <form onSubmit={rename} className="learner-inline-form">
        <label className="learner-field">
          <span>{t('manage.newName', { name: profile.name })}</span>
          <input
            value={name}
            maxLength={MAX_NAME_LENGTH}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
              setDone('');
            }}
          />
        </label>
        <button type="submit">{t('manage.rename')}</button>
      </form>
      {problem ? (
        <p id={problemId} className="learner-field-problem" role="alert">
          {t(`nameProblem.${problem}`, { max: MAX_NAME_LENGTH })}
        </p>
      ) : null}
      <p role="status">{done}</p>
      {others.length ? (
        <div className="learner-inline-form">
          <label className="learner-field">
            <span>{t('manage.mergeInto', { name: profile.name })}</span>
            <select value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setPending({ kind: 'merge', intoId: mergeInto })}>
            {t('manage.merge')}
          </button>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="danger" onClick={() => setPending({ kind: 'delete' })}>
          {t('manage.delete', { name: profile.name })}
        </button>
      </div>
      {pending ? (
        <div role="alertdialog" aria-labelledby={`confirm-${profile.id}`} className="learner-confirm">
          <p id={`confirm-${profile.id}`}>
            {pending.kind === 'delete'
              ? t('manage.confirmDelete', { name: profile.name })
              : t('manage.confirmMerge', { name: profile.name, into: target?.name ?? '' })}
          </p>
          <button type="button" className="danger" onClick={confirm} autoFocus>
            {pending.kind === 'delete' ? t('manage.yesDelete') : t('manage.yesMerge')}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('manage.cancel')}
          </button>
        </div>
      ) : null}
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </li>
  );
}
