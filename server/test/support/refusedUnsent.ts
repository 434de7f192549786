import { expect } from 'vitest';
import type { CallRecord } from '../../connectors/callConnector';
import type { RegisterServer } from './registerServer';

/** The call was refused with `failure` (its message naming `says`, when given) before anything reached the register. */
export function expectRefusedUnsent(
  record: CallRecord,
  register: Pick<RegisterServer, 'requests'>,
  failure: string,
  says?: string,
): void {
  expect(record).toMatchObject({ ok: false, failure, ...(says ? { message: expect.stringContaining(says) } : {}) });
  expect(register.requests).toHaveLength(0);
}
