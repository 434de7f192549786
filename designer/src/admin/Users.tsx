import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asList, errorText } from '../shared/api';
import { GridTable } from '../shared/GridTable';

interface UserRow {
  id: number;
  username: string;
  displayName: string | null;
  role: string;
  active: boolean;
  /** the groups (a PSC office, a ministry unit) whose steps the user may take */
  groups?: string[];
  /** where the user's notices go */
  email?: string | null;
}

const ROLES = ['admin', 'analyst', 'staff'] as const;
const GROUP_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;

/** A user's groups: each can be removed; a new one is added by name (the groups in use are suggested). */
function GroupsEditor({ user, onSave }: { user: UserRow; onSave: (groups: string[]) => Promise<void> }) {
  const { t } = useTranslation('users');
  const [adding, setAdding] = useState('');
  const groups = user.groups ?? [];
  const valid = GROUP_PATTERN.test(adding.trim());
  return (
    <div className="groups" data-groups={user.username}>
      <ul className="chips" aria-label={t('groupsOf', { user: user.username })}>
        {groups.map((g) => (
          <li key={g}>
            {g}{' '}
            <button
              type="button"
              aria-label={t('removeGroup', { group: g, user: user.username })}
              onClick={() => void onSave(groups.filter((x) => x !== g))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid || groups.includes(adding.trim())) return;
          void onSave([...groups, adding.trim()]).then(() => setAdding(''));
        }}
      >
        <input
          aria-label={t('newGroupFor', { user: user.username })}
          list="known-groups"
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          placeholder={t('groupPlaceholder')}
        />
        <button type="submit" disabled={!valid}>
          {t('addGroup')}
        </button>
      </form>
    </div>
  );
}

/** A user's e-mail address, saved when submitted (h15: the notices namespace). */
function EmailEditor({ user, onSave }: { user: UserRow; onSave: (email: string | null) => Promise<void> }) {
  const { t } = useTranslation('notices');
  const [value, setValue] = useState(user.email ?? '');
  useEffect(() => setValue(user.email ?? ''), [user.email]);
  const changed = value.trim() !== (user.email ?? '');
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) void onSave(value.trim() || null);
      }}
    >
      <input
        type="email"
        aria-label={t('emailOf', { user: user.username })}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoComplete="off"
      />
      <button type="submit" disabled={!changed}>
        {t('saveEmail')}
      </button>
    </form>
  );
}

/** Users, their roles and their groups: create, change role, assign groups, deactivate. */
export function Users() {
  const { t } = useTranslation('users');
  const { t: tn } = useTranslation('notices');
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [error, setError] = useState('');
  const [draft, setDraft] = useState({ username: '', password: '', role: 'staff', displayName: '', email: '' });

  const reload = useCallback(() => {
    api<unknown>('/api/users')
      .then((b) => setUsers(asList<UserRow>(b, 'users')))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(reload, [reload]);
  const known = [...new Set((users ?? []).flatMap((u) => u.groups ?? []))].sort();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      await api('/api/users', {
        method: 'POST',
        body: { ...draft, displayName: draft.displayName || undefined, email: draft.email.trim() || undefined },
      });
      setDraft({ username: '', password: '', role: 'staff', displayName: '', email: '' });
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const update = async (id: number, patch: Partial<UserRow>): Promise<boolean> => {
    setError('');
    try {
      await api(`/api/users/${id}`, { method: 'PATCH', body: patch });
      reload();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  const [saved, setSaved] = useState('');
  const setEmail = async (user: UserRow, email: string | null) => {
    setSaved('');
    if (await update(user.id, { email })) setSaved(tn('emailSaved', { user: user.username }));
  };
  const setGroups = async (username: string, groups: string[]) => {
    setError('');
    try {
      await api(`/api/users/${encodeURIComponent(username)}`, { method: 'PUT', body: { groups } });
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="users">
      <h1>{t('title')}</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {saved && <p role="status">{saved}</p>}
      <datalist id="known-groups">
        {known.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <div className="table-scroll">
        <GridTable
          headings={[t('user'), t('name'), t('role'), t('groups'), tn('email'), t('active')]}
          rows={users}
          row={(u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.displayName}</td>
              <td>
                <select
                  aria-label={t('roleOf', { user: u.username })}
                  value={u.role}
                  onChange={(e) => void update(u.id, { role: e.target.value })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <GroupsEditor user={u} onSave={(groups) => setGroups(u.username, groups)} />
              </td>
              <td>
                <EmailEditor user={u} onSave={(email) => setEmail(u, email)} />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('activeOf', { user: u.username })}
                  checked={u.active}
                  onChange={(e) => void update(u.id, { active: e.target.checked })}
                />
              </td>
            </tr>
          )}
        />
      </div>
      <form className="panel row" onSubmit={(e) => void create(e)} aria-label={t('newUser')}>
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
    </section>
  );
}
