import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, asList, errorText } from '../shared/api';
import { GridTable } from '../shared/GridTable';

interface UserRow {
  id: number;
  username: string;
  displayName: string | null;
  role: string;
  active: boolean;
}

const ROLES = ['admin', 'analyst', 'staff'];

/** Users and their roles: create, change role, deactivate. */
export function Users() {
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [error, setError] = useState('');
  const [draft, setDraft] = useState({ username: '', password: '', role: 'staff', displayName: '' });

  const reload = useCallback(() => {
    api<unknown>('/api/users')
      .then((b) => setUsers(asList<UserRow>(b, 'users')))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      await api('/api/users', { method: 'POST', body: { ...draft, displayName: draft.displayName || undefined } });
      setDraft({ username: '', password: '', role: 'staff', displayName: '' });
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const update = async (id: number, patch: Partial<UserRow>) => {
    setError('');
    try {
      await api(`/api/users/${id}`, { method: 'PATCH', body: patch });
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="users">
      <h1>Users and roles</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <GridTable
        headings={['User', 'Name', 'Role', 'Active']}
        rows={users}
        row={(u) => (
          <tr key={u.id}>
            <td>{u.username}</td>
            <td>{u.displayName}</td>
            <td>
              <select
                aria-label={`Role of ${u.username}`}
                value={u.role}
                onChange={(e) => void update(u.id, { role: e.target.value })}
              >
                {ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </td>
            <td>
              <input
                type="checkbox"
                aria-label={`${u.username} active`}
                checked={u.active}
                onChange={(e) => void update(u.id, { active: e.target.checked })}
              />
            </td>
          </tr>
        )}
      />
      <form className="panel row" onSubmit={(e) => void create(e)} aria-label="New user">
        <label>
          User name
          <input
            value={draft.username}
            onChange={(e) => setDraft({ ...draft, username: e.target.value })}
            required
            pattern="[a-z0-9][a-z0-9._\-]{1,79}"
          />
        </label>
        <label>
          Name
          <input value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} />
        </label>
        <label>
          Password (10+ characters)
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
          Role
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit">Add user</button>
      </form>
    </section>
  );
}
