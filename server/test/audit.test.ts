import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { digest } from '../digest';
import { verifyAuditChain } from '../usecases/audit';
import { licenceDefinitions } from './fixtures';
import { shippedReports } from './shippedDefinitions';
import { bearer, useTestServer } from './harness';

const server = useTestServer();

const api = () => request(server.app);
const admin = () => bearer(server.tokens.admin);

describe('GET /api/audit', () => {
  it('when a draft is saved, then the entry names who, when, which record and the digests before and after', async () => {
    const { template } = licenceDefinitions();
    const changed = { ...template, title: { en: 'Licence letter' } };
    await api().put('/api/definitions/template/licence-letter/draft').set(bearer(server.tokens.analyst)).send(changed);
    const res = await api()
      .get('/api/audit?entity=template&entityId=licence-letter&action=definition.draft')
      .set(admin());
    expect(res.status).toBe(200);
    expect(res.body.entries[0]).toMatchObject({
      actor: 'analyst',
      action: 'definition.draft',
      entity: 'template',
      entityId: 'licence-letter',
      at: server.clock.now.toISOString(),
      beforeDigest: null,
      afterDigest: digest(changed),
    });
  });

  it('when the seeds ran, then every seeded publish is in the log', async () => {
    const res = await api().get('/api/audit?actor=seed&action=definition.publish&limit=100').set(admin());
    // the licence fixtures and the shipped reports, which every test server offers
    expect(res.body.entries.length).toBe(Object.keys({ ...licenceDefinitions(), ...shippedReports() }).length);
  });

  it('when a non-admin reads the log, then answers 403; no token 401', async () => {
    expect((await api().get('/api/audit').set(bearer(server.tokens.staff))).status).toBe(403);
    expect((await api().get('/api/audit')).status).toBe(401);
  });

  it('when someone tries to change or delete entries over HTTP, then there is no such route', async () => {
    expect((await api().delete('/api/audit').set(admin())).status).toBe(404);
    expect((await api().put('/api/audit/1').set(admin()).send({})).status).toBe(404);
  });
});

describe('the audit hash chain', () => {
  it('when nothing was tampered with, then the chain verifies', async () => {
    const res = await api().get('/api/audit/verify').set(admin());
    expect(res.body).toMatchObject({ ok: true });
    expect(res.body.entries).toBeGreaterThan(5);
  });

  it('when many writes arrive at once, then each is recorded once and the chain still links', async () => {
    const staff = bearer(server.tokens.staff);
    const before = await server.db.models.Audit.count();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        api().post('/api/cases').set(staff).send({ service: 'licence', channel: 'office' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(await server.db.models.Audit.count()).toBe(before + 12);
    expect(await verifyAuditChain(server.app.locals.ctx)).toMatchObject({ ok: true });
  });

  it('when a row is changed in the database, then verification names it, and so does the CLI', async () => {
    const victim = await server.db.models.Audit.findOne({ where: { action: 'definition.draft' } });
    const id = victim!.get('id') as number;
    await server.db.write(`UPDATE audit_log SET actor = 'mallory' WHERE id = ${id}`);
    const result = await verifyAuditChain(server.app.locals.ctx);
    expect(result).toMatchObject({ ok: false, brokenAt: id });

    const cli = path.resolve(import.meta.dirname, '../cli/verifyAudit.ts');
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', cli, `sqlite:${server.file}`], {
      cwd: path.resolve(import.meta.dirname, '../..'),
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`tampered at entry ${id}`) });
  });

  it('when a row is deleted, then the next entry no longer links and verification fails there', async () => {
    await server.db.write(`UPDATE audit_log SET actor = 'analyst' WHERE actor = 'mallory'`);
    expect((await verifyAuditChain(server.app.locals.ctx)).ok).toBe(true);
    await server.db.write('DELETE FROM audit_log WHERE id = 3');
    expect(await verifyAuditChain(server.app.locals.ctx)).toMatchObject({ ok: false, brokenAt: 4 });
  });
});
