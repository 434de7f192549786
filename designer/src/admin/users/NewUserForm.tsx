import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole, ROLES } from '../../../../runtime/api/roles';
import type { NewUser } from './userRow';

const EMPTY: NewUser = { username: '', password: '', role: 'staff', displayName: '', email: '' };

/** A new user: username, name, e-mail, password and role; the form empties once the user is created. */
export function NewUserForm({ onCreate }: { onCreate: (user: NewUser) => Promise<boolean> }) {
  const { t } = useTranslation('users');
  const { t: tn } = useTranslation('notices');
  const [draft, setDraft] = useState(EMPTY);
  /** an input bound to one text of the draft */
  const text = (key: 'username' | 'displayName' | 'email' | 'password') => ({
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: e.target.value }),
  });
  return (
    <form
      className="panel row"
      onSubmit={(e) => {
        e.preventDefault();
        void onCreate(draft).then((created) => created && setDraft(EMPTY));
      }}
      aria-label={t('newUser')}
    >
      <label>
        {t('username')}
        <input {...text('username')} required pattern="[a-z0-9][a-z0-9._\-]{1,79}" />
      </label>
      <label>
        {t('name')}
        <input {...text('displayName')} />
      </label>
      <label>
        {tn('email')}
        <input type="email" {...text('email')} autoComplete="off" />
      </label>
      <label>
        {t('password')}
        <input type="password" {...text('password')} required minLength={10} autoComplete="new-password" />
      </label>
      <label>
        {t('role')}
        <select
          value={draft.role}
          onChange={(e) => {
            const role = e.target.value;
            if (isRole(role)) setDraft({ ...draft, role });
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('addUser')}</button>
    </form>
  );
}
