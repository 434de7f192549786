import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes, licenceWithScan } from './attachmentFixtures';
import { ADULT } from './fixtures';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from './harness';

let server: TestServer;
let clerk: string;
beforeAll(async () => {
  server = await startTestServer({ definitions: licenceWithScan() });
  await request(server.app)
    .post('/api/users')
    .set(bearer(server.tokens.admin))
    .send({ username: 'clerk', password: DEMO_PASSWORD, role: 'staff' });
  clerk = (await request(server.app).post('/api/auth/login').send({ username: 'clerk', password: DEMO_PASSWORD })).body
    .token as string;
});
afterAll(() => server.close());

const api = () => request(server.app);
const as = (token: string) => bearer(token);

async function draft(token = server.tokens.staff): Promise<string> {
  const res = await api().post('/api/cases').set(as(token)).send({ service: 'licence', channel: 'office' });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const drafts = async () =>
  ((await api().get('/api/cases?status=draft').set(as(server.tokens.admin))).body.cases as { id: string }[]).map(
    (c) => c.id,
  );

describe('DELETE /api/cases/:id (discard a draft)', () => {
  it('when its starter discards a draft with a file, then the case, its events and its file are gone and the audit log says who', async () => {
    const id = await draft();
    const upload = await api()
      .post(`/api/cases/${id}/attachments`)
      .set(as(server.tokens.staff))
      .field('field', 'scan')
      .attach('file', pdfBytes(2000), { filename: 'scan.pdf' });
    expect(upload.status).toBe(201);
    expect(await drafts()).toContain(id);

    const res = await api().delete(`/api/cases/${id}`).set(as(server.tokens.staff));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id });
    expect((await api().get(`/api/cases/${id}`).set(as(server.tokens.staff))).status).toBe(404);
    expect(await drafts()).not.toContain(id);
    const [blobs] = await server.db.sequelize.query('SELECT id FROM attachment_blobs WHERE id = ?', {
      replacements: [upload.body.id],
    });
    expect(blobs).toEqual([]);
    const audit = (await api().get('/api/audit').set(as(server.tokens.admin))).body.entries as {
      action: string;
      entityId: string;
      actor: string;
    }[];
    expect(audit.find((e) => e.action === 'case.discard' && e.entityId === id)?.actor).toBe('staff');
  });

  it('when someone else tries to discard a draft, then 403 and it stays; an administrator may', async () => {
    const id = await draft();
    expect((await api().delete(`/api/cases/${id}`).set(as(clerk))).status).toBe(403);
    expect(await drafts()).toContain(id);
    expect((await api().delete(`/api/cases/${id}`).set(as(server.tokens.admin))).status).toBe(200);
    expect(await drafts()).not.toContain(id);
  });

  it("when the case was submitted, then 409 naming its status, in the asker's language, and nothing changes", async () => {
    const id = await draft();
    expect(
      (await api().post(`/api/cases/${id}/submit`).set(as(server.tokens.staff)).send({ data: ADULT })).status,
    ).toBe(200);
    const res = await api().delete(`/api/cases/${id}`).set(as(server.tokens.admin)).set('Accept-Language', 'ru');
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual([{ path: '/status', message: 'is in-progress' }]);
    expect(res.body.error.message).toMatch(/удалить можно только черновик/);
    expect((await api().get(`/api/cases/${id}`).set(as(server.tokens.staff))).status).toBe(200);
  });
});
