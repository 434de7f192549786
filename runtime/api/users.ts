import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES } from '../i18n';
import { RoleSchema } from './roles';
import { BODY_ERRORS, json, Nullable, pathParam, route, type RouteSpec } from './route';

/** A user as the server answers it: never a password hash. */
export const UserView = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    displayName: Nullable(Type.String()),
    role: RoleSchema,
    active: Type.Boolean(),
    /** the user groups the user belongs to (a PSC office, a ministry unit) */
    groups: Type.Array(Type.String()),
    /** where the user's notices go */
    email: Nullable(Type.String()),
  },
  {
    examples: [
      {
        id: 3,
        username: 'aigerim',
        displayName: 'Айгерім Сәтбаева',
        role: 'staff',
        active: true,
        groups: ['psc-astana'],
        email: null,
      },
    ],
  },
);
export type UserView = Static<typeof UserView>;

/** Who is signed in, as the session route answers it. */
export const SessionUser = Type.Object({ username: Type.String(), role: RoleSchema });
export type SessionUser = Static<typeof SessionUser>;

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 80 }), password: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;
export const LoginAnswer = Type.Object({ token: Type.String(), user: UserView, expiresAt: Type.String() });
export const MeAnswer = Type.Object({ user: UserView });
export const SessionAnswer = Type.Object(
  { user: Nullable(SessionUser) },
  { examples: [{ user: { username: 'aigerim', role: 'staff' } }, { user: null }] },
);

/** PUT /api/me/preferences: what the signed-in user chose for themselves. */
export const PreferencesBody = Type.Object(
  { lang: Type.Union(LANGUAGES.map((l) => Type.Literal(l))) },
  { additionalProperties: false },
);
export const Preferences = Type.Object(
  { lang: Nullable(Type.Union(LANGUAGES.map((l) => Type.Literal(l)))) },
  { examples: [{ lang: 'kk' }] },
);
export type Preferences = Static<typeof Preferences>;

export const UserCreateBody = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{1,79}$' }),
    password: Type.String({ minLength: 10, maxLength: 1000 }),
    role: RoleSchema,
    displayName: Type.Optional(Type.String({ maxLength: 200 })),
    /** where the user's notices go */
    email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
  },
  { additionalProperties: false },
);
export type UserCreateBody = Static<typeof UserCreateBody>;
export const UserUpdateBody = Type.Object(
  {
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
    role: Type.Optional(RoleSchema),
    displayName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    active: Type.Optional(Type.Boolean()),
    /** where the user's notices go; null removes it */
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
  },
  { additionalProperties: false },
);
export type UserUpdateBody = Static<typeof UserUpdateBody>;
/** The groups a user belongs to (ids as process actors name them). */
export const UserGroupsBody = Type.Object(
  { groups: Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' }), { maxItems: 50 }) },
  { additionalProperties: false },
);
export type UserGroupsBody = Static<typeof UserGroupsBody>;
export const UserList = Type.Object({ users: Type.Array(UserView) });
export type UserList = Static<typeof UserList>;

export const AUTH_ROUTES: RouteSpec[] = [
  route('POST /api/auth/login', 'auth', 'Sign in: sets an httpOnly cookie and returns a bearer token', {
    public: true,
    body: { schema: LoginBody },
    responses: {
      200: json('session', LoginAnswer),
      401: 'wrong username or password',
      429: 'too many failed sign-ins for this username from this address: see Retry-After',
      ...BODY_ERRORS,
    },
  }),
  route('POST /api/auth/logout', 'auth', 'Sign out', { responses: { 204: { description: 'signed out' } } }),
  route('GET /api/auth/me', 'auth', 'The signed-in user', { responses: { 200: json('user', MeAnswer) } }),
  route(
    'GET /api/auth/session',
    'auth',
    'Who is signed in: {user: {username, role}}, or {user: null} when no one is (never 401)',
    { public: true, responses: { 200: json('{user}', SessionAnswer) } },
  ),
  route('GET /api/me/preferences', 'auth', "The signed-in user's choices: {lang} (null when never chosen)", {
    responses: { 200: json('preferences', Preferences) },
  }),
  route(
    'PUT /api/me/preferences',
    'auth',
    'Remember the interface language for the signed-in user; the server answers in it when Accept-Language names none of kk, ru, en',
    { body: { schema: PreferencesBody }, responses: { 200: json('preferences', Preferences), ...BODY_ERRORS } },
  ),
];

export const USER_ROUTES: RouteSpec[] = [
  route('GET /api/users', 'users', 'Users (admins)', { responses: { 200: json('users', UserList) } }),
  route('POST /api/users', 'users', 'Create a user (admins)', {
    body: { schema: UserCreateBody },
    responses: { 201: json('user', UserView), 409: 'username taken', ...BODY_ERRORS },
  }),
  route('PUT /api/users/{id}', 'users', "Set a user's groups (admins); here {id} is the username", {
    parameters: [pathParam('id', 'the username')],
    body: { schema: UserGroupsBody },
    responses: { 200: json('user', UserView), 404: 'no user', ...BODY_ERRORS },
  }),
  route('PATCH /api/users/{id}', 'users', 'Change a user (admins)', {
    parameters: [pathParam('id')],
    body: { schema: UserUpdateBody },
    responses: { 200: json('user', UserView), 404: 'no user', ...BODY_ERRORS },
  }),
];
