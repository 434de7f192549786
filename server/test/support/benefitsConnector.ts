import type { Connector } from '../../../runtime/definitions/connector';
import type { Ruleset } from '../../../runtime/definitions/index';
import { licenceDefinitions } from '../fixtures';
import { useTestServer } from '../harness';
import { useRegisterServer } from './useRegisterServer';

/** The test register's benefits query (registerServer.ts): does the applicant with this IIN already receive child care? */
export function benefitsConnector(registerUrl: string): Connector {
  return {
    kind: 'connector',
    id: 'benefits',
    title: { en: 'Benefits register' },
    method: 'POST',
    url: `${registerUrl}/benefits/query`,
    inputs: [{ name: 'iin', label: { en: 'IIN' }, pattern: '^[0-9]{12}$' }],
    body: { iin: '{iin}', benefit: 'child-care' },
    timeoutMs: 1000,
    retries: 0,
    responseSchema: { type: 'object', required: ['receives'], properties: { receives: { type: 'boolean' } } },
    outputs: [{ name: 'receives', label: { en: 'Receives' }, from: '/receives' }],
  };
}

/**
 * The licence fixtures with the benefits connector beside them, their ruleset extended by what a test adds: the
 * facts it fetches through the connector, and the events and rules that use them.
 */
export function licenceAskingBenefits(
  registerUrl: string,
  added: Pick<Ruleset, 'facts' | 'events' | 'rules'>,
): ReturnType<typeof licenceDefinitions> & { benefits: Connector } {
  const base = licenceDefinitions();
  const ruleset: Ruleset = {
    ...base.ruleset,
    facts: [...base.ruleset.facts, ...added.facts],
    events: [...base.ruleset.events, ...added.events],
    rules: [...base.ruleset.rules, ...added.rules],
  };
  return { ...base, ruleset, benefits: benefitsConnector(registerUrl) };
}

/**
 * The test register and a test server on the licence asking it (licenceAskingBenefits with what the test adds),
 * started before the file's tests (the register first: the server's definitions need its URL) and closed after.
 */
export function useLicenceAskingBenefits(added: Pick<Ruleset, 'facts' | 'events' | 'rules'>) {
  const register = useRegisterServer();
  const server = useTestServer(() => ({
    definitions: licenceAskingBenefits(register.url, added),
    loopbackConnectors: true,
  }));
  return { register, server };
}
