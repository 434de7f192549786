import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer, DEMO_PASSWORD, useTestServer } from './harness';

// a user's e-mail address is where the notices the service definitions ask for reach them
const server = useTestServer();

const api = () => request(server.app);
const admin = () => bearer(server.tokens.admin);
const idOf = async (username: string) =>
  ((await api().get('/api/users').set(admin())).body.users as { id: number; username: string }[]).find(
    (u) => u.username === username,
  )!.id;

describe('users’ e-mail addresses', () => {
  it('when an admin sets a user’s address, then the users list shows it and the audit records the change', async () => {
    const id = await idOf('staff');
    const res = await api().patch(`/api/users/${id}`).set(admin()).send({ email: 'aigerim@example.kz' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'staff', email: 'aigerim@example.kz' });
    const listed = (await api().get('/api/users').set(admin())).body.users.find(
      (u: { username: string }) => u.username === 'staff',
    );
    expect(listed.email).toBe('aigerim@example.kz');
    const audit = await api().get('/api/audit?action=user.update&actor=admin').set(admin());
    expect(audit.body.entries[0]).toMatchObject({
      entityId: 'staff',
      details: { email: { from: null, to: 'aigerim@example.kz' } },
    });
  });

  it('when the address is not one, then the answer names /email in the user’s language and nothing changes', async () => {
    const id = await idOf('staff');
    for (const [lang, words] of [
      ['ru', /формате "email"/],
      ['kk', /"email" пішімінде/],
    ] as const) {
      const res = await api()
        .patch(`/api/users/${id}`)
        .set(admin())
        .set('Accept-Language', lang)
        .send({ email: 'aigerim at example' });
      expect(res.status).toBe(422);
      const detail = (res.body.error.details as { path: string; message: string }[]).find((d) => d.path === '/email');
      expect(detail?.message).toMatch(words);
    }
    const listed = (await api().get('/api/users').set(admin())).body.users.find(
      (u: { username: string }) => u.username === 'staff',
    );
    expect(listed.email).toBe('aigerim@example.kz');
  });

  it('when a user is created with an address, then they have it; when it is set to null, then it is gone', async () => {
    const created = await api()
      .post('/api/users')
      .set(admin())
      .send({ username: 'dana', password: DEMO_PASSWORD, role: 'staff', email: 'dana@example.kz' });
    expect(created.status).toBe(201);
    expect(created.body.email).toBe('dana@example.kz');
    const cleared = await api().patch(`/api/users/${created.body.id}`).set(admin()).send({ email: null });
    expect(cleared.body.email).toBeNull();
  });

  it('when staff try to set an address, then they are refused', async () => {
    const id = await idOf('staff');
    const res = await api().patch(`/api/users/${id}`).set(bearer(server.tokens.staff)).send({ email: 'me@example.kz' });
    expect(res.status).toBe(403);
  });
});
