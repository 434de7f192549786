import type { Connector } from '../../../runtime/definitions/connector';

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
