import type { UserView } from '../../../../runtime/api/users';

/** A user as the users list answers it: the API contract's UserView. */
export type UserRow = UserView;

/** the roles a user may be given: the table the server enforces (runtime/api/roles.ts) */
export { ROLES } from '../../../../runtime/api/roles';

/** What the new-user form sends. */
export interface NewUser {
  username: string;
  password: string;
  role: string;
  displayName: string;
  email: string;
}
