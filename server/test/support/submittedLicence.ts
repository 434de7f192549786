import request from 'supertest';
import { expect } from 'vitest';
import { ADULT } from '../fixtures';
import { bearer, type TestServer } from '../harness';

/**
 * A licence case started at the office by staff and submitted with the adult applicant's data, `applicantName`
 * set to what the test looks the applicant up by (a name, an IIN, a BIN). The submission must be accepted (200);
 * its answer is returned with the case's id.
 */
export async function submittedLicence(
  server: Pick<TestServer, 'app' | 'tokens'>,
  applicantName: string,
): Promise<{ id: string; body: Record<string, unknown> }> {
  const staff = bearer(server.tokens.staff);
  const started = await request(server.app)
    .post('/api/cases')
    .set(staff)
    .send({ service: 'licence', channel: 'office' });
  const id = started.body.id as string;
  const submitted = await request(server.app)
    .post(`/api/cases/${id}/submit`)
    .set(staff)
    .send({ data: { ...ADULT, applicantName } });
  expect(submitted.status).toBe(200);
  return { id, body: submitted.body as Record<string, unknown> };
}
