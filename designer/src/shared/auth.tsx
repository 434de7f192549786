import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, api } from './api';

export type Role = 'admin' | 'analyst' | 'staff';

export interface User {
  username: string;
  role: Role;
}

interface AuthState {
  user: User | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Which roles may open each area; an administrator may open all three. */
export const AREA_ROLES: Record<'design' | 'desk' | 'admin', readonly Role[]> = {
  design: ['analyst', 'admin'],
  desk: ['staff', 'admin'],
  admin: ['admin'],
};

export function mayOpen(user: User | null, area: keyof typeof AREA_ROLES): boolean {
  return user !== null && AREA_ROLES[area].includes(user.role);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    api<User>('/api/auth/me')
      .then((me) => setUser(me && typeof me === 'object' && 'role' in me ? me : null))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError)) console.warn(error);
        setUser(null);
      })
      .finally(() => setLoading(false));
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await api<User | { user: User }>('/api/auth/login', { method: 'POST', body: { username, password } });
    const me = 'user' in answer ? answer.user : answer;
    if (me && 'role' in me) setUser(me);
    else setUser(await api<User>('/api/auth/me'));
  }, []);

  const logout = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    setUser(null);
  }, []);

  return <AuthContext.Provider value={{ user, loading, login, logout }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth() outside <AuthProvider>');
  return state;
}
