import type { ACTOR_KINDS } from '../definitions/process';

export type ActorKind = (typeof ACTOR_KINDS)[number];
import type { Role as UserRole } from '../api/roles';

/** A user's role, or the applicant's (who acts through the desk or a portal, never signs in here). */
export type Role = UserRole | 'applicant';

/**
 * The actors a user's role may act for. Staff and administrators also act for applicants, who
 * hand in papers at the desk; analysts design services and act for no one; system and external
 * actors are never a user of this application.
 */
const PLAYS: Readonly<Record<Role, readonly ActorKind[]>> = {
  staff: ['staff', 'applicant'],
  admin: ['staff', 'applicant'],
  analyst: [],
  applicant: ['applicant'],
};

export function mayActFor(role: Role, kind: string): boolean {
  return (PLAYS[role] ?? []).includes(kind as ActorKind);
}
