import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer, DEMO_PASSWORD, useTestServer } from './harness';

const server = useTestServer();

const api = () => request(server.app);

describe('POST /api/auth/login', () => {
  it('when the password is right, then sets an httpOnly SameSite=Strict cookie and returns a bearer token', async () => {
    const res = await api().post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token: expect.any(String), user: { username: 'staff', role: 'staff' } });
    expect(res.body.user.passwordHash).toBeUndefined();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/qagida_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('when the cookie alone is sent back, then the request is signed in', async () => {
    const agent = request.agent(server.app);
    await agent.post('/api/auth/login').send({ username: 'analyst', password: DEMO_PASSWORD });
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ username: 'analyst', role: 'analyst' });
  });

  it('when the password is wrong, then answers 401 and records the failed attempt', async () => {
    const res = await api().post('/api/auth/login').send({ username: 'staff', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('BAD_CREDENTIALS');
    const audit = await api().get('/api/audit?action=auth.login-failed').set(bearer(server.tokens.admin));
    expect(audit.body.entries[0]).toMatchObject({ actor: 'staff', entity: 'user' });
  });

  it('when the user does not exist, then answers the same 401', async () => {
    const res = await api().post('/api/auth/login').send({ username: 'ghost', password: 'x' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('BAD_CREDENTIALS');
  });

  it('when the body is not valid, then answers 422; malformed JSON 400', async () => {
    expect((await api().post('/api/auth/login').send({ username: 'staff' })).status).toBe(422);
    const malformed = await api().post('/api/auth/login').set('Content-Type', 'application/json').send('{"username":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'MALFORMED_JSON', details: [] });
  });

  it('when the body is over 2 MB, then answers 413', async () => {
    const res = await api()
      .post('/api/auth/login')
      .send({ username: 'staff', password: 'p'.repeat(2_200_000) });
    expect(res.status).toBe(413);
  });

  it('when a login succeeds, then it is in the audit log', async () => {
    const audit = await api().get('/api/audit?action=auth.login&actor=analyst').set(bearer(server.tokens.admin));
    expect(audit.body.entries.length).toBeGreaterThan(0);
  });
});

describe('sessions', () => {
  it('when the token is unknown, then answers 401', async () => {
    expect((await api().get('/api/auth/me').set(bearer('forged'))).status).toBe(401);
  });

  it('when signed out, then the token no longer works', async () => {
    const login = await api().post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD });
    const token = login.body.token as string;
    expect((await api().get('/api/auth/me').set(bearer(token))).status).toBe(200);
    expect((await api().post('/api/auth/logout').set(bearer(token))).status).toBe(204);
    expect((await api().get('/api/auth/me').set(bearer(token))).status).toBe(401);
  });

  it('when the session has expired, then answers 401', async () => {
    const login = await api().post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD });
    const saved = server.clock.now;
    server.clock.now = new Date(saved.getTime() + 13 * 3600_000);
    try {
      expect((await api().get('/api/auth/me').set(bearer(login.body.token))).status).toBe(401);
    } finally {
      server.clock.now = saved;
    }
  });
});

describe('GET/POST/PATCH /api/users', () => {
  it('when an admin lists users, then sees the demo users without their hashes', async () => {
    const res = await api().get('/api/users').set(bearer(server.tokens.admin));
    expect(res.status).toBe(200);
    expect(res.body.users.map((u: { username: string }) => u.username)).toEqual(['admin', 'analyst', 'staff']);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2/);
  });

  it('when a non-admin manages users, then answers 403', async () => {
    expect((await api().get('/api/users').set(bearer(server.tokens.analyst))).status).toBe(403);
    const res = await api()
      .post('/api/users')
      .set(bearer(server.tokens.staff))
      .send({ username: 'eve', password: 'long-enough-1', role: 'admin' });
    expect(res.status).toBe(403);
  });

  it('when an admin creates a user, then the user can sign in; a taken name answers 409', async () => {
    const created = await api()
      .post('/api/users')
      .set(bearer(server.tokens.admin))
      .send({ username: 'clerk2', password: 'long-enough-1', role: 'staff' });
    expect(created.status).toBe(201);
    expect((await api().post('/api/auth/login').send({ username: 'clerk2', password: 'long-enough-1' })).status).toBe(
      200,
    );
    const again = await api()
      .post('/api/users')
      .set(bearer(server.tokens.admin))
      .send({ username: 'clerk2', password: 'long-enough-1', role: 'staff' });
    expect(again.status).toBe(409);
  });

  it('when the new user is invalid, then answers 422 with pointers', async () => {
    const res = await api()
      .post('/api/users')
      .set(bearer(server.tokens.admin))
      .send({ username: 'X', password: 'short', role: 'king' });
    expect(res.status).toBe(422);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/username', '/password', '/role']));
  });

  it('when an admin deactivates a user, then their sessions end and they cannot sign in', async () => {
    const login = await api().post('/api/auth/login').send({ username: 'clerk2', password: 'long-enough-1' });
    const id = login.body.user.id as number;
    const res = await api().patch(`/api/users/${id}`).set(bearer(server.tokens.admin)).send({ active: false });
    expect(res.status).toBe(200);
    expect((await api().get('/api/auth/me').set(bearer(login.body.token))).status).toBe(401);
    expect((await api().post('/api/auth/login').send({ username: 'clerk2', password: 'long-enough-1' })).status).toBe(
      401,
    );
  });

  it('when the user does not exist, then PATCH answers 404', async () => {
    expect((await api().patch('/api/users/9999').set(bearer(server.tokens.admin)).send({ active: false })).status).toBe(
      404,
    );
  });
});

describe('GET /api/auth/session', () => {
  it('when no one is signed in, or the token is unknown, then answers 200 {user: null}', async () => {
    const anonymous = await api().get('/api/auth/session');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ user: null });
    expect((await api().get('/api/auth/session').set(bearer('forged'))).body).toEqual({ user: null });
  });

  it('when signed in by cookie, then answers the user name and role only', async () => {
    const agent = request.agent(server.app);
    await agent.post('/api/auth/login').send({ username: 'analyst', password: DEMO_PASSWORD });
    const res = await agent.get('/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: { username: 'analyst', role: 'analyst' } });
  });
});
