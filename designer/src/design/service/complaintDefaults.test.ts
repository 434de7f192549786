import { describe, expect, it } from 'vitest';
import type { Service } from '../../../../runtime/definitions/types';
import { newComplaintRoute, startingTerm } from './complaintDefaults';

type Complaint = Service['complaints'][number];

const provider: Complaint = {
  id: 'provider',
  to: { en: 'The provider' },
  term: { amount: 5, unit: 'working-days' },
  source: { doc: '004/S1', para: '10' },
};
const court: Complaint = { id: 'court', to: { en: 'The court' } };

describe('the term a new complaint route starts with', () => {
  it('when the service has no route yet, then the new one has no term: the designer makes none up', () => {
    const route = newComplaintRoute([]);
    expect(route).toEqual({ id: 'complaint1', to: { en: 'The provider' } });
    expect(startingTerm([])).toEqual({ amount: 0, unit: 'working-days' });
  });

  it('when the service has a route with a term, then a new one starts from the last such term, as a copy', () => {
    const routes = [provider, court];
    const route = newComplaintRoute(routes);
    expect(route).toEqual({ id: 'complaint3', to: { en: 'The provider' }, term: { amount: 5, unit: 'working-days' } });
    expect(route.term).not.toBe(provider.term);
    expect(startingTerm(routes)).toEqual({ amount: 5, unit: 'working-days' });
  });
});
