import type { Kind } from '../../runtime/definitions/index';
import { forbidden } from '../errors';
import { CASE_WORKERS, mayDraft, mayPublishKind, type Role } from '../../runtime/api/roles';
import type { Actor } from './context';

export function assertCanDraft(actor: Actor, kind: Kind): void {
  if (!mayDraft(actor.role, kind)) throw forbidden(`role "${actor.role}" may not edit drafts of ${kind} definitions`);
}

export function assertCanPublish(actor: Actor, kind: Kind): void {
  if (!mayPublishKind(actor.role, kind))
    throw forbidden(`role "${actor.role}" may not publish ${kind} definitions: an administrator does`);
}

export function assertRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw forbidden(`role "${actor.role}" may not ${what}`);
}

/** the permission tables live in runtime/api/roles.ts, which the designer reads too */
export { CASE_WORKERS };
