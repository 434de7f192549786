import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { licenceDefinitions } from '../test/fixtures';
import { bearer, useTestServer } from '../test/harness';
import { databaseDigest } from './databaseDigest';

const server = useTestServer();

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);
const PUBLISH = '/api/definitions/ruleset/licence-rules/publish';

async function draftRuleset(who: 'admin' | 'analyst', title: string): Promise<string> {
  const ruleset = { ...licenceDefinitions().ruleset, title: { en: title } };
  const res = await api().put('/api/definitions/ruleset/licence-rules/draft').set(as(who)).send(ruleset);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return String(res.headers.etag);
}

describe('roles drill', () => {
  it('when the only active admin deactivates or demotes themselves, then it is refused with 409 and nothing changes', async () => {
    const users = (await api().get('/api/users').set(as('admin'))).body.users as { id: number; username: string }[];
    const admin = users.find((u) => u.username === 'admin')!;
    const before = await databaseDigest(server.db);
    for (const change of [{ active: false }, { role: 'analyst' }]) {
      const res = await api().patch(`/api/users/${admin.id}`).set(as('admin')).send(change);
      expect(res.status, JSON.stringify(res.body)).toBe(409);
    }
    expect(await databaseDigest(server.db)).toBe(before);
  });

  it('when an admin drafted a ruleset, then the same admin cannot publish it (four eyes)', async () => {
    const etag = await draftRuleset('admin', 'Changed by the admin');
    const res = await api().post(PUBLISH).set(as('admin')).set('If-Match', etag).send({});
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FOUR_EYES');
  });

  it('when publishing a ruleset without the revision that was reviewed, then it is refused with 428', async () => {
    await draftRuleset('analyst', 'Proposed by the analyst');
    const res = await api().post(PUBLISH).set(as('admin')).send({});
    expect(res.status).toBe(428);
  });

  it('when the draft changed after the review, then publishing the reviewed revision is refused with 409', async () => {
    const reviewed = await draftRuleset('analyst', 'Reviewed');
    await draftRuleset('analyst', 'Changed after the review');
    expect((await api().post(PUBLISH).set(as('admin')).set('If-Match', reviewed).send({})).status).toBe(409);
  });

  it('when another person publishes the revision they reviewed, then it is published', async () => {
    const etag = await draftRuleset('analyst', 'Reviewed and published');
    const res = await api().post(PUBLISH).set(as('admin')).set('If-Match', etag).send({});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('when four eyes is turned off (a single-admin installation), then the author may publish', async () => {
    const single = createApp({ db: server.db, now: () => server.clock.now, fourEyes: false });
    const etag = await draftRuleset('admin', 'Single admin');
    const res = await request(single).post(PUBLISH).set(as('admin')).set('If-Match', etag).send({});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});
