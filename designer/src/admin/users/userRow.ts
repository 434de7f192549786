/** A user as the users list answers it. */
export interface UserRow {
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

export const ROLES = ['admin', 'analyst', 'staff'] as const;

/** What the new-user form sends. */
export interface NewUser {
  username: string;
  password: string;
  role: string;
  displayName: string;
  email: string;
}
