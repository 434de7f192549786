import type { Kind } from '../../runtime/definitions/index';
import { forbidden } from '../errors';
import type { Role } from '../repositories/users';
import type { Actor } from './context';

/** Analysts design services; rulesets and calendars change what the law means in practice, so only admins do. */
const EDITABLE: Record<Role, readonly Kind[]> = {
  admin: ['service', 'form', 'process', 'checklist', 'template', 'ruleset', 'calendar'],
  analyst: ['service', 'form', 'process', 'checklist', 'template'],
  staff: [],
};

export function assertCanEdit(actor: Actor, kind: Kind): void {
  if (!EDITABLE[actor.role].includes(kind)) throw forbidden(`role "${actor.role}" may not edit ${kind} definitions`);
}

export function assertRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw forbidden(`role "${actor.role}" may not ${what}`);
}

/** Staff work cases; admins may do everything. */
export const CASE_WORKERS: readonly Role[] = ['staff', 'admin'];
