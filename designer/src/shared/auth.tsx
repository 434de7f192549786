import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, api } from './api';
import { useLang, type Lang } from './lang';

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

/** /api/auth/me and login answer {user} (or the user itself). */
function userOf(answer: unknown): User | null {
  const candidate =
    answer && typeof answer === 'object' && 'user' in answer ? (answer as { user: unknown }).user : answer;
  return candidate && typeof candidate === 'object' && 'role' in candidate ? (candidate as User) : null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const { adoptStored, onChosen } = useLang();

  // the language is the user's, kept on the server: a new device starts in it, a choice made here is saved
  useEffect(() => {
    if (!user) return;
    onChosen.current = (lang) =>
      void api('/api/me/preferences', { method: 'PUT', body: { lang } }).catch(() => undefined);
    api<{ lang: Lang | null }>('/api/me/preferences')
      .then((stored) => stored.lang && adoptStored(stored.lang))
      .catch(() => undefined);
    return () => {
      onChosen.current = null;
    };
  }, [user, adoptStored, onChosen]);

  useEffect(() => {
    // /api/auth/session answers 200 {user: null} when signed out: /me would answer 401, an error in the console
    api<{ user: User | null }>('/api/auth/session')
      .then((session) => setUser(userOf(session)))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError)) console.warn(error);
        setUser(null);
      })
      .finally(() => setLoading(false));
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await api<User | { user: User }>('/api/auth/login', {
      method: 'POST',
      body: { username, password },
    });
    setUser(userOf(answer) ?? userOf(await api<{ user: User | null }>('/api/auth/session')));
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

/**
 * The kinds each role may save drafts of, and publish (the server enforces the same). Analysts
 * propose rules as ruleset drafts; an administrator publishes rulesets and alone edits calendars.
 */
const DRAFTABLE_KINDS: Record<Role, readonly string[]> = {
  admin: [
    'service',
    'form',
    'process',
    'checklist',
    'template',
    'ruleset',
    'calendar',
    'connector',
    'dictionary',
    'report',
  ],
  analyst: ['service', 'form', 'process', 'checklist', 'template', 'ruleset', 'connector', 'dictionary', 'report'],
  staff: [],
};
const PUBLISHABLE_KINDS: Record<Role, readonly string[]> = {
  admin: [
    'service',
    'form',
    'process',
    'checklist',
    'template',
    'ruleset',
    'calendar',
    'connector',
    'dictionary',
    'report',
  ],
  analyst: ['service', 'form', 'process', 'checklist', 'template', 'connector', 'dictionary', 'report'],
  staff: [],
};

export function mayEdit(user: User | null, kind: string): boolean {
  return user !== null && (DRAFTABLE_KINDS[user.role] ?? []).includes(kind);
}

export function mayPublish(user: User | null, kind: string): boolean {
  return user !== null && (PUBLISHABLE_KINDS[user.role] ?? []).includes(kind);
}
