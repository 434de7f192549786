import type { Connector } from '../../../runtime/definitions/connector';
import type { Service } from '../../../runtime/definitions/index';
import { licenceDefinitions } from '../fixtures';

/** The licence fixtures, with a connector to a ministry's system and a hand-off of every submitted case to it. */
export function licenceWithHandoff(registerUrl: string) {
  const definitions = licenceDefinitions();
  const ministry: Connector = {
    kind: 'connector',
    id: 'ministry',
    title: { en: "The ministry's case system" },
    method: 'POST',
    url: `${registerUrl}/handoff/licences`,
    inputs: [
      { name: 'caseId', label: { en: 'Case' } },
      { name: 'applicant', label: { en: 'Applicant' } },
    ],
    body: { case: '{caseId}', applicant: '{applicant}' },
    timeoutMs: 2000,
    retries: 0,
    responseSchema: { type: 'object', required: ['accepted'], properties: { accepted: { type: 'boolean' } } },
    outputs: [],
  };
  const service: Service = {
    ...definitions.service,
    handoffs: [
      {
        id: 'ministry',
        on: 'submitted',
        connector: 'ministry',
        inputs: { caseId: 'case.id', applicant: 'data.applicantName' },
      },
    ],
  };
  return { ...definitions, service, ministry };
}
