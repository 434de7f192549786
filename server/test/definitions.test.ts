import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer, useTestServer } from './harness';
import { licenceDefinitions } from './fixtures';

const server = useTestServer();

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);
const auditCount = () => server.db.models.Audit.count();

describe('GET /api/definitions', () => {
  it('when signed in, then lists the seeded definitions at version 1', async () => {
    const res = await api().get('/api/definitions').set(as('staff'));
    expect(res.status).toBe(200);
    const ids = res.body.definitions.map((d: { kind: string; id: string }) => `${d.kind}/${d.id}`);
    expect(ids).toEqual(
      expect.arrayContaining(['service/licence', 'form/licence-form', 'calendar/kz', 'ruleset/licence-rules']),
    );
    expect(res.body.definitions.every((d: { version: number }) => d.version === 1)).toBe(true);
  });

  it('when filtered by kind, then lists only that kind', async () => {
    const res = await api().get('/api/definitions?kind=form').set(as('staff'));
    expect(res.body.definitions.map((d: { id: string }) => d.id)).toEqual(['licence-form']);
  });

  it('when the kind is unknown, then answers 404', async () => {
    const res = await api().get('/api/definitions?kind=spaceship').set(as('staff'));
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('when no credentials are given, then answers 401 with the error body', async () => {
    const res = await api().get('/api/definitions');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String), details: [] } });
  });
});

describe('GET /api/definitions/:kind/:id', () => {
  it('when asked for the latest, then answers the published definition', async () => {
    const res = await api().get('/api/definitions/service/licence').set(as('staff'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'service', id: 'licence', version: 1, status: 'published', author: 'seed' });
    expect(res.body.definition.form).toBe('licence-form');
  });

  it('when the id is unknown, then answers 404', async () => {
    expect((await api().get('/api/definitions/service/nothing').set(as('staff'))).status).toBe(404);
  });

  it('when the kind is unknown, then answers 404', async () => {
    expect((await api().get('/api/definitions/spaceship/licence').set(as('staff'))).status).toBe(404);
  });

  it('when a version does not exist, then answers 404; a malformed version is 400', async () => {
    expect((await api().get('/api/definitions/service/licence?version=9').set(as('staff'))).status).toBe(404);
    expect((await api().get('/api/definitions/service/licence?version=x').set(as('staff'))).status).toBe(400);
  });

  it('when there is no draft, then ?draft=1 answers 404', async () => {
    expect((await api().get('/api/definitions/template/licence-letter?draft=1').set(as('staff'))).status).toBe(404);
  });
});

describe('PUT /api/definitions/:kind/:id/draft', () => {
  it('when an analyst saves a valid form, then the draft is stored with revision 1 and audited', async () => {
    const { form } = licenceDefinitions();
    const changed = { ...form, title: { en: 'Licence application (2025)' } };
    const before = await auditCount();
    const res = await api().put('/api/definitions/form/licence-form/draft').set(as('analyst')).send(changed);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'draft', revision: 1, author: 'analyst' });
    expect(res.headers.etag).toBe('"1"');
    expect(await auditCount()).toBe(before + 1);
    const draft = await api().get('/api/definitions/form/licence-form?draft=1').set(as('staff'));
    expect(draft.body.definition.title.en).toBe('Licence application (2025)');
    const latest = await api().get('/api/definitions/form/licence-form').set(as('staff'));
    expect(latest.body.definition.title.en).toBe('Licence application');
  });

  it('when the definition is invalid, then answers 422 with JSON pointers and stores nothing', async () => {
    const { template } = licenceDefinitions();
    const before = await auditCount();
    const res = await api()
      .put('/api/definitions/template/licence-letter/draft')
      .set(as('analyst'))
      .send({ ...template, body: {}, colour: 'red' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('INVALID');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/colour']));
    expect((await api().get('/api/definitions/template/licence-letter?draft=1').set(as('staff'))).status).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it('when the body names another id than the URL, then answers 422 at /id', async () => {
    const { template } = licenceDefinitions();
    const res = await api().put('/api/definitions/template/other/draft').set(as('analyst')).send(template);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toContainEqual({ path: '/id', message: expect.stringContaining('other') });
  });

  it('when the body is not an object, then answers 422', async () => {
    const res = await api().put('/api/definitions/template/licence-letter/draft').set(as('analyst')).send([1, 2]);
    expect(res.status).toBe(422);
  });

  it('when the JSON is malformed, then answers 400', async () => {
    const res = await api()
      .put('/api/definitions/template/licence-letter/draft')
      .set(as('analyst'))
      .set('Content-Type', 'application/json')
      .send('{"kind": "template",');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
  });

  it('when the body is over 2 MB, then answers 413', async () => {
    const { template } = licenceDefinitions();
    const huge = { ...template, description: { en: 'x'.repeat(2 * 1024 * 1024 + 10) } };
    const res = await api().put('/api/definitions/template/licence-letter/draft').set(as('analyst')).send(huge);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('TOO_LARGE');
  });

  it('when staff tries to edit, then answers 403', async () => {
    const { template } = licenceDefinitions();
    const res = await api().put('/api/definitions/template/licence-letter/draft').set(as('staff')).send(template);
    expect(res.status).toBe(403);
  });

  it('when an analyst saves a ruleset draft, then it is stored; a calendar draft answers 403; an admin may both', async () => {
    const { ruleset, calendar } = licenceDefinitions();
    const proposed = { ...ruleset, title: { en: 'Licence rules (proposed)' } };
    const saved = await api().put('/api/definitions/ruleset/licence-rules/draft').set(as('analyst')).send(proposed);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', author: 'analyst' });
    expect((await api().put('/api/definitions/calendar/kz/draft').set(as('analyst')).send(calendar)).status).toBe(403);
    expect(
      (await api().put('/api/definitions/ruleset/licence-rules/draft').set(as('admin')).send(ruleset)).status,
    ).toBe(200);
  });

  it('when a draft body carries a malformed version, then it is refused at /version like any other field', async () => {
    const published = await api().get('/api/definitions/checklist/review').set(as('analyst'));
    const broken = { ...published.body.definition, version: [] };
    const saved = await api().put('/api/definitions/checklist/review/draft').set(as('analyst')).send(broken);
    expect(saved.status).toBe(422);
    expect(saved.body.error.details).toContainEqual({ path: '/version', message: 'must be integer' });
  });

  it('when a draft body carries a version, then it is dropped: stored and read back without one', async () => {
    const published = await api().get('/api/definitions/checklist/review').set(as('analyst'));
    expect(published.body.definition.version).toBe(1);
    const copied = { ...published.body.definition, title: { en: 'Service review (edited)' } };
    const saved = await api().put('/api/definitions/checklist/review/draft').set(as('analyst')).send(copied);
    expect(saved.status).toBe(200);
    expect(saved.body.definition).not.toHaveProperty('version');
    const draft = await api().get('/api/definitions/checklist/review?draft=1').set(as('staff'));
    expect(draft.body).toMatchObject({ status: 'draft', version: null });
    expect(draft.body.definition).not.toHaveProperty('version');
    expect(draft.body.definition.title.en).toBe('Service review (edited)');
    const stored = (await server.db.models.Definition.findOne({
      where: { kind: 'checklist', defId: 'review', status: 'draft' },
      raw: true,
    })) as unknown as { body: unknown } | null;
    const body = typeof stored?.body === 'string' ? (JSON.parse(stored.body) as object) : stored?.body;
    expect(body).not.toHaveProperty('version');
    // publishing assigns the next version
    const next = await api().post('/api/definitions/checklist/review/publish').set(as('analyst'));
    expect(next.status).toBe(201);
    expect(next.body.definition.version).toBe(2);
  });

  it('when the kind is unknown, then answers 404', async () => {
    const res = await api()
      .put('/api/definitions/spaceship/x/draft')
      .set(as('admin'))
      .send({ kind: 'spaceship', id: 'x' });
    expect(res.status).toBe(404);
  });

  it('when If-Match names a stale revision, then answers 409 and keeps the newer draft', async () => {
    const { process } = licenceDefinitions();
    const first = await api().put('/api/definitions/process/licence-process/draft').set(as('analyst')).send(process);
    expect(first.body.revision).toBe(1);
    const second = await api()
      .put('/api/definitions/process/licence-process/draft')
      .set(as('analyst'))
      .set('If-Match', '"1"')
      .send({ ...process, title: { en: 'second' } });
    expect(second.status).toBe(200);
    expect(second.body.revision).toBe(2);
    const stale = await api()
      .put('/api/definitions/process/licence-process/draft')
      .set(as('analyst'))
      .set('If-Match', '"1"')
      .send({ ...process, title: { en: 'stale' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    const draft = await api().get('/api/definitions/process/licence-process?draft=1').set(as('staff'));
    expect(draft.body.definition.title.en).toBe('second');
  });

  it('when a wrapped body carries a stale baseRevision, then answers 409', async () => {
    const { process } = licenceDefinitions();
    const res = await api()
      .put('/api/definitions/process/licence-process/draft')
      .set(as('analyst'))
      .send({ definition: process, baseRevision: 1 });
    expect(res.status).toBe(409);
    const ok = await api()
      .put('/api/definitions/process/licence-process/draft')
      .set(as('analyst'))
      .send({ definition: process, baseRevision: 2 });
    expect(ok.status).toBe(200);
    expect(ok.body.revision).toBe(3);
  });
});

describe('POST /api/definitions/:kind/:id/publish', () => {
  it('when the draft is published, then it becomes version 2, the draft is gone and the publish is audited', async () => {
    const { form } = licenceDefinitions();
    await api()
      .put('/api/definitions/form/licence-form/draft')
      .set(as('analyst'))
      .send({ ...form, title: { en: 'Licence v2' } });
    const res = await api().post('/api/definitions/form/licence-form/publish').set(as('analyst'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, status: 'published', author: 'analyst' });
    expect(res.body.definition.version).toBe(2);
    const latest = await api().get('/api/definitions/form/licence-form').set(as('staff'));
    expect(latest.body.version).toBe(2);
    expect((await api().get('/api/definitions/form/licence-form?draft=1').set(as('staff'))).status).toBe(404);
    const audit = await api()
      .get('/api/audit?entity=form&entityId=licence-form&action=definition.publish')
      .set(as('admin'));
    expect(audit.body.entries[0]).toMatchObject({ actor: 'analyst', details: { version: 2 } });
    expect(audit.body.entries[0].beforeDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(audit.body.entries[0].afterDigest).not.toBe(audit.body.entries[0].beforeDigest);
  });

  it('when there is no draft, then answers 404', async () => {
    expect((await api().post('/api/definitions/template/licence-letter/publish').set(as('analyst'))).status).toBe(404);
  });

  it('when the baseRevision is stale, then answers 409 and publishes nothing', async () => {
    const { template } = licenceDefinitions();
    await api().put('/api/definitions/template/licence-letter/draft').set(as('analyst')).send(template);
    const res = await api()
      .post('/api/definitions/template/licence-letter/publish')
      .set(as('analyst'))
      .send({ baseRevision: 7 });
    expect(res.status).toBe(409);
    expect((await api().get('/api/definitions/template/licence-letter').set(as('staff'))).body.version).toBe(1);
  });

  it('when the draft refers to a definition that is not published, then answers 422 and publishes nothing', async () => {
    const { service } = licenceDefinitions();
    await api()
      .put('/api/definitions/service/licence/draft')
      .set(as('analyst'))
      .send({ ...service, form: 'no-such-form' });
    const res = await api().post('/api/definitions/service/licence/publish').set(as('analyst'));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toContainEqual({ path: '/form', message: 'no form "no-such-form"' });
    expect((await api().get('/api/definitions/service/licence').set(as('staff'))).body.version).toBe(1);
    expect((await api().get('/api/definitions/service/licence?draft=1').set(as('staff'))).status).toBe(200);
  });

  it('when an analyst publishes a ruleset draft, then answers 403 and an admin publishes it', async () => {
    const { ruleset } = licenceDefinitions();
    const proposed = { ...ruleset, title: { en: 'Licence rules (four eyes)' } };
    const drafted = await api().put('/api/definitions/ruleset/licence-rules/draft').set(as('analyst')).send(proposed);
    expect(drafted.status).toBe(200);
    const refused = await api().post('/api/definitions/ruleset/licence-rules/publish').set(as('analyst'));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/administrator/);
    const before = (await api().get('/api/definitions/ruleset/licence-rules').set(as('staff'))).body.version as number;
    const published = await api()
      .post('/api/definitions/ruleset/licence-rules/publish')
      .set(as('admin'))
      .set('If-Match', String(drafted.headers.etag));
    expect(published.status).toBe(201);
    expect(published.body.definition.title.en).toBe('Licence rules (four eyes)');
    expect(published.body.version).toBe(before + 1);
  });

  it('when staff tries to publish, then answers 403', async () => {
    expect((await api().post('/api/definitions/service/licence/publish').set(as('staff'))).status).toBe(403);
  });

  it('when a new definition is created and published, then it appears at version 1', async () => {
    const { template } = licenceDefinitions();
    const fresh = { ...template, id: 'licence-copy' };
    expect(
      (await api().put('/api/definitions/template/licence-copy/draft').set(as('analyst')).send(fresh)).status,
    ).toBe(200);
    const res = await api().post('/api/definitions/template/licence-copy/publish').set(as('analyst'));
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(1);
  });
});

describe('GET /api/definitions/:kind/:id/versions and /diff', () => {
  it('when a definition has versions, then lists them oldest first with the draft', async () => {
    const res = await api().get('/api/definitions/form/licence-form/versions').set(as('staff'));
    expect(res.status).toBe(200);
    expect(res.body.versions.map((v: { version: number | null }) => v.version)).toEqual([1, 2]);
  });

  it('when two versions are compared, then lists the changes as JSON pointers', async () => {
    const res = await api().get('/api/definitions/form/licence-form/diff?from=1&to=2').set(as('staff'));
    expect(res.status).toBe(200);
    expect(res.body.changes).toEqual([
      { path: '/title/en', op: 'replace', from: 'Licence application', to: 'Licence v2' },
    ]);
    const same = await api().get('/api/definitions/form/licence-form/versions/diff?from=2&to=2').set(as('staff'));
    expect(same.body.changes).toEqual([]);
  });

  it('when the draft is compared with the latest, then lists what publishing would change', async () => {
    const res = await api().get('/api/definitions/service/licence/diff?from=1&to=draft').set(as('staff'));
    expect(res.body.changes).toEqual([{ path: '/form', op: 'replace', from: 'licence-form', to: 'no-such-form' }]);
  });

  it('when from or to is missing, then answers 400; an unknown version 404', async () => {
    expect((await api().get('/api/definitions/form/licence-form/diff?from=1').set(as('staff'))).status).toBe(400);
    expect((await api().get('/api/definitions/form/licence-form/diff?from=1&to=5').set(as('staff'))).status).toBe(404);
  });

  it('when the definition does not exist, then versions answers 404', async () => {
    expect((await api().get('/api/definitions/form/nothing/versions').set(as('staff'))).status).toBe(404);
  });
});
