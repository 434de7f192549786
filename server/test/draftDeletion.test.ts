import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer, useTestServer } from './harness';
import { licenceDefinitions } from './fixtures';

const server = useTestServer();

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);
const auditCount = () => server.db.models.Audit.count();

describe('DELETE /api/definitions/:kind/:id/draft', () => {
  it('when an analyst deletes the draft of a published form, then the draft is gone, version 1 stays, and it is audited', async () => {
    const { form } = licenceDefinitions();
    const saved = await api()
      .put('/api/definitions/form/licence-form/draft')
      .set(as('analyst'))
      .send({ ...form, title: { en: 'A change to throw away' } });
    expect(saved.status).toBe(200);
    const before = await auditCount();

    const res = await api()
      .delete('/api/definitions/form/licence-form/draft')
      .set(as('analyst'))
      .set('If-Match', `"${saved.body.revision}"`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ kind: 'form', id: 'licence-form', revision: saved.body.revision, latestVersion: 1 });

    expect((await api().get('/api/definitions/form/licence-form?draft=1').set(as('analyst'))).status).toBe(404);
    const published = await api().get('/api/definitions/form/licence-form').set(as('analyst'));
    expect(published.body).toMatchObject({ version: 1, status: 'published' });
    expect(published.body.definition.title).toEqual(form.title);

    expect(await auditCount()).toBe(before + 1);
    const audit = await api()
      .get('/api/audit?entity=form&entityId=licence-form&action=definition.discard')
      .set(as('admin'));
    expect(audit.body.entries[0]).toMatchObject({ action: 'definition.discard', actor: 'analyst' });
  });

  it('when the draft was saved again since it was read, then answers 409 and keeps it', async () => {
    const { form } = licenceDefinitions();
    const first = await api().put('/api/definitions/form/licence-form/draft').set(as('analyst')).send(form);
    await api()
      .put('/api/definitions/form/licence-form/draft')
      .set(as('analyst'))
      .send({ ...form, title: { en: 'Saved again' } });
    const res = await api()
      .delete('/api/definitions/form/licence-form/draft')
      .set(as('analyst'))
      .set('If-Match', `"${first.body.revision}"`);
    expect(res.status).toBe(409);
    expect(res.body.error.details[0].path).toBe('/baseRevision');
    const draft = await api().get('/api/definitions/form/licence-form?draft=1').set(as('analyst'));
    expect(draft.body.definition.title).toEqual({ en: 'Saved again' });
  });

  it('when there is no draft, only published versions, then answers 404, deletes nothing and audits nothing', async () => {
    const before = await auditCount();
    const res = await api().delete('/api/definitions/service/licence/draft').set(as('admin'));
    expect(res.status).toBe(404);
    expect((await api().get('/api/definitions/service/licence').set(as('staff'))).body.version).toBe(1);
    expect(await auditCount()).toBe(before);
  });

  it('when a new definition was never published, then deleting its draft removes it from the list', async () => {
    const { form } = licenceDefinitions();
    const fresh = { ...form, id: 'scratch-form', title: { en: 'Scratch' } };
    await api().put('/api/definitions/form/scratch-form/draft').set(as('analyst')).send(fresh);
    const listed = async () =>
      (await api().get('/api/definitions?kind=form').set(as('analyst'))).body.definitions.map(
        (d: { id: string }) => d.id,
      );
    expect(await listed()).toContain('scratch-form');
    const res = await api().delete('/api/definitions/form/scratch-form/draft').set(as('analyst'));
    expect(res.body).toMatchObject({ latestVersion: null });
    expect(await listed()).not.toContain('scratch-form');
  });

  it('when staff (who cannot draft) try, then answers 403 and the draft stays', async () => {
    const { form } = licenceDefinitions();
    await api().put('/api/definitions/form/licence-form/draft').set(as('analyst')).send(form);
    const res = await api().delete('/api/definitions/form/licence-form/draft').set(as('staff'));
    expect(res.status).toBe(403);
    expect((await api().get('/api/definitions/form/licence-form?draft=1').set(as('analyst'))).status).toBe(200);
  });
});
