import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type NewUser } from './userRow';

const EMPTY: NewUser = { username: '', password: '', role: 'staff', displayName: '', email: '' };

/** A new user: username, name, e-mail, password and role; the form empties once the user is created. */
export function NewUserForm({ onCreate }: { onCreate: (user: NewUser) => Promise<boolean> }) {
  const { t } = useTranslation('users');
  const { t: tn } = useTranslation('notices');
  const [draft, setDraft] = useState(EMPTY);
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
        <input
          value={draft.username}
          onChange={(e) => setDraft({ ...draft, username: e.target.value })}
          required
          pattern="[a-z0-9][a-z0-9._\-]{1,79}"
        />
      </label>
      <label>
        {t('name')}
        <input value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} />
      </label>
      <label>
        {tn('email')}
        <input
          type="email"
          value={draft.email}
          onChange={(e) => setDraft({ ...draft, email: e.target.value })}
          autoComplete="off"
        />
      </label>
      <label>
        {t('password')}
        <input
          type="password"
          value={draft.password}
          onChange={(e) => setDraft({ ...draft, password: e.target.value })}
          required
          minLength={10}
          autoComplete="new-password"
        />
      </label>
      <label>
        {t('role')}
        <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
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
