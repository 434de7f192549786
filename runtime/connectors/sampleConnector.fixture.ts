import type { Connector } from '../definitions/connector';
import type { Form } from '../definitions/form';

/** A register connector and a form that uses it, as the tests of this folder need them. */
export function sampleConnector(): Connector {
  return {
    kind: 'connector',
    id: 'people',
    title: { en: 'People' },
    method: 'GET',
    url: 'https://registers.example.kz/people/{iin}',
    inputs: [{ name: 'iin', label: { en: 'IIN' }, pattern: '^[0-9]{12}$' }],
    timeoutMs: 1000,
    retries: 1,
    responseSchema: { type: 'object', required: ['surname'], properties: { surname: { type: 'string' } } },
    outputs: [
      { name: 'surname', label: { en: 'Surname' }, from: '/surname' },
      { name: 'city', label: { en: 'City' }, from: '/address/city' },
    ],
  };
}

export function sampleForm(): Form {
  return {
    kind: 'form',
    id: 'people-form',
    title: { en: 'People form' },
    fields: [
      { key: 'iin', type: 'iin', label: { en: 'IIN' } },
      {
        key: 'person',
        type: 'section',
        label: { en: 'Person' },
        fields: [
          { key: 'surname', type: 'text', label: { en: 'Surname' } },
          { key: 'city', type: 'text', label: { en: 'City' } },
        ],
      },
    ],
    prefill: [
      {
        connector: 'people',
        on: 'button',
        button: 'iin',
        inputs: { iin: 'iin' },
        fill: { surname: 'person.surname', city: 'person.city' },
      },
    ],
  };
}
