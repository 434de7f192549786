import { Type, type Static } from '@sinclair/typebox';
import type { Kind } from '../definitions/kinds';

/**
 * The roles a user of Qagida has, and what each may do: written once here, read by the server
 * (which enforces it) and the designer (which only hides what the server would refuse).
 */
export const ROLES = ['admin', 'analyst', 'staff'] as const;
export const RoleSchema = Type.Union(
  ROLES.map((r) => Type.Literal(r)),
  { description: 'admin, analyst or staff' },
);
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

const DESIGNED: readonly Kind[] = [
  'service',
  'form',
  'process',
  'checklist',
  'template',
  'connector',
  'dictionary',
  'report',
];

/**
 * Analysts design services and propose rules: they save drafts of rulesets too. Publishing a
 * ruleset or a calendar changes what the law means in practice, so only admins do that (four eyes),
 * and calendars, which move every running deadline, stay the admins' even as drafts.
 */
export const DRAFTABLE: Readonly<Record<Role, readonly Kind[]>> = {
  admin: [...DESIGNED, 'ruleset', 'calendar'],
  analyst: [...DESIGNED, 'ruleset'],
  staff: [],
};
export const PUBLISHABLE: Readonly<Record<Role, readonly Kind[]>> = {
  admin: [...DESIGNED, 'ruleset', 'calendar'],
  analyst: DESIGNED,
  staff: [],
};

/** Staff work cases; admins may do everything. */
export const CASE_WORKERS: readonly Role[] = ['staff', 'admin'];

/** Which roles may open each area of the designer; an administrator may open all three. */
export const AREA_ROLES: Readonly<Record<'design' | 'desk' | 'admin', readonly Role[]>> = {
  design: ['analyst', 'admin'],
  desk: CASE_WORKERS,
  admin: ['admin'],
};
export type Area = keyof typeof AREA_ROLES;

export const mayDraft = (role: Role, kind: string): boolean => (DRAFTABLE[role] ?? []).includes(kind as Kind);
export const mayPublishKind = (role: Role, kind: string): boolean => (PUBLISHABLE[role] ?? []).includes(kind as Kind);
export const mayOpenArea = (role: Role, area: Area): boolean => AREA_ROLES[area].includes(role);

export type RoleValue = Static<typeof RoleSchema>;
