import { describe, expect, it } from 'vitest';
import { compileSchema, toDefinitionErrors } from '../definitions/ajv';
import { Pins } from './caseShapes';

const check = compileSchema(Pins);
const errorsOf = (pins: unknown) => (check(pins) ? [] : toDefinitionErrors(check.errors));

/** A case's pins as server/usecases/pinning.ts writes them for a service with every optional part. */
const pinned = {
  service: { id: 'permit', version: 3 },
  form: { id: 'permit-form', version: 2 },
  calendar: { id: 'kz', version: 1 },
  processes: [{ id: 'permit-process', version: 1 }],
  rulesets: [{ id: 'permit-rules', version: 4 }],
  templates: [],
  forms: [{ id: 'decision', version: 1 }],
  dictionaries: [{ id: 'regions', version: 1 }],
  connectors: [{ id: 'individuals-register', version: 2 }],
  on: '2026-03-02',
};

describe('Pins, the one shape of what a case is pinned to (the API answers it, the case row stores it)', () => {
  it('when a case is pinned to connectors too, then its pins fit the shape', () => {
    expect(errorsOf(pinned)).toEqual([]);
  });

  it('when a case was started before forms, dictionaries and connectors were pinned, then its pins still fit', () => {
    const { forms: _f, dictionaries: _d, connectors: _c, on: _o, ...older } = pinned;
    expect(errorsOf(older)).toEqual([]);
  });

  it('when pins carry a key the shape does not name, then it is refused at that key', () => {
    expect(errorsOf({ ...pinned, reports: [] })).toEqual([
      { path: '/reports', message: 'is not a known property here' },
    ]);
  });

  it('when a connector pin has no version, then the version is required', () => {
    expect(errorsOf({ ...pinned, connectors: [{ id: 'individuals-register' }] })).toEqual([
      { path: '/connectors/0/version', message: 'is required' },
    ]);
  });
});
