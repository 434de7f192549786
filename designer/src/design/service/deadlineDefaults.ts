import type { Deadline } from '../../../../runtime/definitions/types';

/** The term a new deadline (or one no longer periodic) starts with: 10 working days from submission. */
export function newDeadlineTerm(): Pick<Deadline, 'amount' | 'unit' | 'from'> {
  return { amount: 10, unit: 'working-days', from: 'submitted' };
}
