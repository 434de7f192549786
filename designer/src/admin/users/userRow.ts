import type { Role } from '../../../../runtime/api/roles';
import type { UserView } from '../../../../runtime/api/users';

/** A user as the users list answers it: the API contract's UserView. */
export type UserRow = UserView;

/** What the new-user form sends. */
export interface NewUser {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  email: string;
}
