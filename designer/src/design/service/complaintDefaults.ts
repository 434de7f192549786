import type { Duration, Service } from '../../../../runtime/definitions/types';
import { nextId } from './shared';

type Complaint = Service['complaints'][number];

/**
 * The term a complaint route starts with, from the service's own definition: the last route that has one (a standard
 * sets its routes in one paragraph, 004/S1 p.10: to the provider, then to the quality authority). With none there is
 * no default: a term to file is a regulatory fact, typed from the act with its source, never one the designer makes
 * up (issue 17: it held 5 working days).
 */
export function precedentTerm(routes: readonly Complaint[]): Duration | undefined {
  const term = routes.findLast((c) => c.term)?.term;
  return term && { ...term };
}

/** A new complaint route: the next free id, addressed to the provider, with the service's precedent term if any. */
export function newComplaintRoute(routes: readonly Complaint[]): Complaint {
  const term = precedentTerm(routes);
  return {
    id: nextId(
      'complaint',
      routes.map((r) => r.id),
    ),
    to: { en: 'The provider' },
    ...(term && { term }),
  };
}

/** The term a route gets when the analyst says it has one: the precedent, or an empty one (0) to type the act's into. */
export function startingTerm(routes: readonly Complaint[]): Duration {
  return precedentTerm(routes) ?? { amount: 0, unit: 'working-days' };
}
