import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserList } from '../../../../runtime/api/users';
import { api, errorText } from '../../shared/api';
import type { NewUser, UserRow } from './userRow';

/**
 * The users list and its changes: create a user, patch one (role, active, e-mail), set one's groups. Each change
 * reads the list again; `error` says what the server refused, `saved` that an e-mail address was saved.
 */
export function useUsers() {
  const { t: tn } = useTranslation('notices');
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');

  const reload = useCallback(() => {
    api<UserList>('/api/users')
      .then((b) => setUsers(b.users))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  /** runs one request, reads the list again after it; answers whether it went through */
  const change = async (request: () => Promise<unknown>): Promise<boolean> => {
    setError('');
    try {
      await request();
      reload();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  const create = (draft: NewUser) =>
    change(() =>
      api('/api/users', {
        method: 'POST',
        body: { ...draft, displayName: draft.displayName || undefined, email: draft.email.trim() || undefined },
      }),
    );
  const update = (id: number, patch: Partial<UserRow>) =>
    change(() => api(`/api/users/${id}`, { method: 'PATCH', body: patch }));
  const setEmail = async (user: UserRow, email: string | null) => {
    setSaved('');
    if (await update(user.id, { email })) setSaved(tn('emailSaved', { user: user.username }));
  };
  const setGroups = async (username: string, groups: string[]) => {
    await change(() => api(`/api/users/${encodeURIComponent(username)}`, { method: 'PUT', body: { groups } }));
  };

  return { users, error, saved, create, update, setEmail, setGroups };
}
