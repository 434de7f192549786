import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { pdfBytes, PNG, licenceWithScan } from './attachmentFixtures';
import { ADULT } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ definitions: licenceWithScan() });
});
afterAll(() => server.close());

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

async function newCase(): Promise<string> {
  const res = await api().post('/api/cases').set(staff()).send({ service: 'licence', channel: 'office' });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('POST /api/cases/:id/attachments', () => {
  it('when staff uploads a 3 MB PDF scan, then it is stored with its SHA-256 and comes back byte for byte', async () => {
    const id = await newCase();
    const scan = pdfBytes(3 * 1024 * 1024);
    const res = await api()
      .post(`/api/cases/${id}/attachments`)
      .set(staff())
      .field('field', 'scan')
      .attach('file', scan, { filename: 'заявление.pdf', contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    const sha256 = createHash('sha256').update(scan).digest('hex');
    expect(res.body).toMatchObject({
      name: 'заявление.pdf',
      type: 'application/pdf',
      size: scan.length,
      sha256,
      field: 'scan',
      document: 'application',
    });
    expect(res.body.ref).toBe(`file:${res.body.id}`);

    const back = await api()
      .get(`/api/cases/${id}/attachments/${res.body.id}?download=1`)
      .set(staff())
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.headers['content-disposition']).toContain("attachment; filename*=UTF-8''");
    expect(
      createHash('sha256')
        .update(back.body as Buffer)
        .digest('hex'),
    ).toBe(sha256);

    const audit = await api().get('/api/audit').set(bearer(server.tokens.admin));
    const entry = (audit.body.entries as { action: string; entityId: string; details: Record<string, unknown> }[]).find(
      (e) => e.action === 'case.attach' && e.entityId === id,
    );
    expect(entry?.details).toMatchObject({ sha256, size: scan.length, type: 'application/pdf' });
  });

  it('when the bytes are a PNG but the field accepts only PDF, then answers 415 at /file and stores nothing', async () => {
    const id = await newCase();
    const res = await api()
      .post(`/api/cases/${id}/attachments`)
      .set(staff())
      .field('field', 'scan')
      .attach('file', PNG, { filename: 'scan.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(415);
    expect(res.body.error.details).toEqual([{ path: '/file', message: 'must be one of: application/pdf' }]);
    const list = await api().get(`/api/cases/${id}/attachments`).set(staff());
    expect(list.body.attachments).toEqual([]);
  });

  it('when the content is no known file type, then answers 415 whatever its name claims', async () => {
    const id = await newCase();
    const res = await api()
      .post(`/api/cases/${id}/attachments`)
      .set(staff())
      .attach('file', Buffer.from('just some text'), { filename: 'x.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(415);
  });

  it('when the file is over the configured limit, then answers 413 and stores nothing', async () => {
    const id = await newCase();
    const small = createApp({ db: server.db, now: () => server.clock.now, uploadMaxBytes: 64 * 1024 });
    const res = await request(small)
      .post(`/api/cases/${id}/attachments`)
      .set(staff())
      .attach('file', pdfBytes(200 * 1024), { filename: 'big.pdf' });
    expect(res.status).toBe(413);
    expect(res.body.error.details[0].path).toBe('/file');
    const list = await api().get(`/api/cases/${id}/attachments`).set(staff());
    expect(list.body.attachments).toEqual([]);
  });

  it('when the field is not a file field of the form, then answers 422 at /field', async () => {
    const id = await newCase();
    const res = await api()
      .post(`/api/cases/${id}/attachments`)
      .set(staff())
      .field('field', 'age')
      .attach('file', pdfBytes(1000), { filename: 'a.pdf' });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('/field');
  });

  it('when the file field sits in a table row, then the row number is kept and the column decides the type', async () => {
    const id = await newCase();
    const upload = (field: string, bytes: Buffer) =>
      api()
        .post(`/api/cases/${id}/attachments`)
        .set(staff())
        .field('field', field)
        .attach('file', bytes, { filename: 'annex.pdf' });
    const res = await upload('annexes.1.copy', pdfBytes(2000));
    expect(res.status).toBe(201);
    expect(res.body.field).toBe('annexes.1.copy');
    expect((await upload('annexes.1.copy', PNG)).status).toBe(415);
    expect((await upload('annexes.one.copy', pdfBytes(2000))).status).toBe(422);
  });

  it('when the request is JSON instead of multipart, then answers 400 at /file', async () => {
    const id = await newCase();
    const res = await api().post(`/api/cases/${id}/attachments`).set(staff()).send({ file: 'data:application/pdf,x' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('/file');
  });

  it('when no one is signed in, then answers 401', async () => {
    const id = await newCase();
    const res = await api().post(`/api/cases/${id}/attachments`).attach('file', pdfBytes(1000), { filename: 'a.pdf' });
    expect(res.status).toBe(401);
  });
});

describe('GET /api/cases/:id/attachments', () => {
  it('when one required document is attached, then it is present, the other missing, and provider-fetched ones not asked', async () => {
    const id = await newCase();
    const up = await api()
      .post(`/api/cases/${id}/attachments`)
      .set(staff())
      .field('field', 'scan')
      .attach('file', pdfBytes(2000), { filename: 'application.pdf' });
    const submit = await api()
      .post(`/api/cases/${id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, scan: up.body.ref } });
    expect(submit.status).toBe(200);
    const res = await api().get(`/api/cases/${id}/attachments`).set(staff());
    expect(res.status).toBe(200);
    expect(res.body.documents.map((d: { id: string; present: boolean }) => [d.id, d.present])).toEqual([
      ['application', true],
      ['passport', false],
    ]);
    expect(res.body.attachments[0]).toMatchObject({ name: 'application.pdf', type: 'application/pdf', size: 2000 });
    expect(JSON.stringify(res.body)).not.toContain('%PDF');
  });

  it('when the form data refers to a file the case does not have, then submit answers 422 at its pointer', async () => {
    const id = await newCase();
    const res = await api()
      .post(`/api/cases/${id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, scan: 'file:0b5e8f52-0000-4000-8000-000000000000' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { path: '/data/scan', message: 'refers to a file this case does not have' },
    ]);
  });

  it("when the rule explanation reads a file field, then it shows the file's name, type and size, not its bytes", async () => {
    const id = await newCase();
    const up = await api()
      .post(`/api/cases/${id}/attachments`)
      .set(staff())
      .field('field', 'scan')
      .attach('file', pdfBytes(2048), { filename: 'scan.pdf' });
    await api()
      .post(`/api/cases/${id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, scan: up.body.ref } });
    const view = await api().get(`/api/cases/${id}`).set(staff());
    const rule = (view.body.evaluation.rules as { id: string; facts: Record<string, unknown> }[]).find(
      (r) => r.id === 'scanned',
    );
    expect(rule?.facts.scan).toBe('scan.pdf (application/pdf, 2.0 KB)');
  });

  it('when an attachment of another case is asked for, then answers 404', async () => {
    const a = await newCase();
    const b = await newCase();
    const up = await api()
      .post(`/api/cases/${a}/attachments`)
      .set(staff())
      .attach('file', pdfBytes(500), { filename: 'a.pdf' });
    const res = await api().get(`/api/cases/${b}/attachments/${up.body.id}`).set(staff());
    expect(res.status).toBe(404);
  });
});
