import type { Kind } from '../../runtime/definitions/index';
import { forbidden } from '../errors';
import type { Role } from '../repositories/users';
import type { Actor } from './context';

/**
 * Analysts design services and propose rules: they save drafts of rulesets too. Publishing a
 * ruleset or a calendar changes what the law means in practice, so only admins do that (four eyes),
 * and calendars, which move every running deadline, stay the admins' even as drafts.
 */
const DRAFTABLE: Record<Role, readonly Kind[]> = {
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
const PUBLISHABLE: Record<Role, readonly Kind[]> = {
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

export function assertCanDraft(actor: Actor, kind: Kind): void {
  if (!DRAFTABLE[actor.role].includes(kind))
    throw forbidden(`role "${actor.role}" may not edit drafts of ${kind} definitions`);
}

export function assertCanPublish(actor: Actor, kind: Kind): void {
  if (!PUBLISHABLE[actor.role].includes(kind))
    throw forbidden(`role "${actor.role}" may not publish ${kind} definitions: an administrator does`);
}

export function assertRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw forbidden(`role "${actor.role}" may not ${what}`);
}

/** Staff work cases; admins may do everything. */
export const CASE_WORKERS: readonly Role[] = ['staff', 'admin'];
