import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from '../test/harness';

let server: TestServer;
/** behind a proxy on the loopback, configured as trusted: X-Forwarded-For names the client */
let proxied: ReturnType<typeof createApp>;
beforeAll(async () => {
  server = await startTestServer({ now: '2025-06-02T05:00:00Z' });
  proxied = createApp({ db: server.db, now: () => server.clock.now, trustProxy: 'loopback' });
  // the counters (rate-limiter-flexible) read Date.now(): it follows the test's clock
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(server.clock.now);
});
afterAll(async () => {
  vi.useRealTimers();
  await server.close();
});

const MINUTE = 60_000;
const advance = (ms: number) => {
  server.clock.now = new Date(server.clock.now.getTime() + ms);
  vi.setSystemTime(server.clock.now);
};
const login = (username: string, password: string, address = '203.0.113.7') =>
  request(proxied).post('/api/auth/login').set('X-Forwarded-For', address).send({ username, password });

describe('sign-in rate limit: 5 failures per username and address per 15 minutes', () => {
  it('when a username fails 5 times from one address, then the 6th attempt is refused with 429 and Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('analyst', 'wrong-guess')).status).toBe(401);
    const locked = await login('analyst', DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', details: [{ path: '/username' }] });
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    advance(5 * MINUTE);
    expect(Number((await login('analyst', DEMO_PASSWORD)).headers['retry-after'])).toBe(10 * 60);
  });

  it('when the same username signs in from another address, or another username from the same one, then it is not locked', async () => {
    expect((await login('analyst', DEMO_PASSWORD, '198.51.100.1')).status).toBe(200);
    expect((await login('staff', DEMO_PASSWORD)).status).toBe(200);
  });

  it('when the window has passed since the failures, then the right password works again', async () => {
    advance(10 * MINUTE + 1000);
    expect((await login('analyst', DEMO_PASSWORD)).status).toBe(200);
  });

  it('when a sign-in succeeds, then the failures before it no longer count', async () => {
    for (let i = 0; i < 4; i++) expect((await login('admin', 'wrong-guess')).status).toBe(401);
    expect((await login('admin', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('admin', 'wrong-guess')).status).toBe(401);
    expect((await login('admin', DEMO_PASSWORD)).status).toBe(200);
  });

  it('when the username differs only in case or spacing, then it counts as the same username', async () => {
    for (const name of ['Ghost', 'GHOST', ' ghost', 'ghost ', 'ghost'])
      expect((await login(name, 'x')).status).toBe(401);
    expect((await login('ghost', 'x')).status).toBe(429);
  });

  it('when locked, then the refused attempts are not written to the audit log', async () => {
    const count = async () =>
      (await request(server.app).get('/api/audit?action=auth.login-failed&limit=1000').set(bearer(server.tokens.admin)))
        .body.entries.length as number;
    const before = await count();
    for (let i = 0; i < 3; i++) expect((await login('ghost', 'x')).status).toBe(429);
    expect(await count()).toBe(before);
  });
});

describe('sign-in limits per address, per username and overall', () => {
  it('when one address tries many usernames, then after 20 failures it is refused whatever the username', async () => {
    for (let i = 0; i < 20; i++) expect((await login(`nobody-${i}`, 'x', '192.0.2.50')).status).toBe(401);
    expect((await login('staff', DEMO_PASSWORD, '192.0.2.50')).status).toBe(429);
  });

  it('when one username is guessed from many addresses, then after 20 failures it is refused from any address', async () => {
    for (let i = 0; i < 20; i++) expect((await login('target', 'x', `192.0.2.${100 + i}`)).status).toBe(401);
    expect((await login('target', 'x', '192.0.2.200')).status).toBe(429);
  });

  it('when no proxy is trusted, then X-Forwarded-For does not reset the limit', async () => {
    const direct = createApp({ db: server.db, now: () => server.clock.now, loginLimit: { maxFailures: 2 } });
    const attempt = (address: string) =>
      request(direct)
        .post('/api/auth/login')
        .set('X-Forwarded-For', address)
        .send({ username: 'staff', password: 'x' });
    expect((await attempt('10.0.0.1')).status).toBe(401);
    expect((await attempt('10.0.0.2')).status).toBe(401);
    expect((await attempt('10.0.0.3')).status).toBe(429);
  });

  it('when failures pile up from everywhere, then the overall limit refuses further attempts for a minute', async () => {
    const app = createApp({ db: server.db, now: () => server.clock.now, loginLimit: { maxFailuresPerMinute: 3 } });
    for (let i = 0; i < 3; i++)
      expect(
        (
          await request(app)
            .post('/api/auth/login')
            .send({ username: `n${i}`, password: 'x' })
        ).status,
      ).toBe(401);
    const refused = await request(app).post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });
});

describe('session expiry', () => {
  const me = (token: string, app = server.app) => request(app).get('/api/auth/me').set(bearer(token));

  it('when a session is used at least hourly, then it lasts until its absolute lifetime of 12 hours and no longer', async () => {
    const token = (await login('staff', DEMO_PASSWORD, '192.0.2.10')).body.token as string;
    for (let elapsed = 0; elapsed < 12 * 60 - 50; elapsed += 50) {
      advance(50 * MINUTE);
      expect((await me(token)).status).toBe(200);
    }
    // last used at 11 h 40; 30 minutes later it is within the idle timeout but past 12 hours since sign-in
    advance(30 * MINUTE);
    expect((await me(token)).status).toBe(401);
  });

  it('when a session goes unused for longer than the idle timeout, then it has expired (401)', async () => {
    const app = createApp({ db: server.db, now: () => server.clock.now, sessionIdleMinutes: 30 });
    const token = (await request(app).post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD })).body
      .token as string;
    advance(29 * MINUTE);
    expect((await me(token, app)).status).toBe(200);
    advance(29 * MINUTE); // 58 minutes after sign-in, 29 after the last use
    expect((await me(token, app)).status).toBe(200);
    advance(31 * MINUTE);
    const expired = await me(token, app);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('UNAUTHORIZED');
  });

  it('when signed in, then the answer names the idle expiry, not the absolute one', async () => {
    const app = createApp({ db: server.db, now: () => server.clock.now, sessionIdleMinutes: 30 });
    const res = await request(app).post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD });
    expect(Date.parse(res.body.expiresAt) - server.clock.now.getTime()).toBe(30 * MINUTE);
  });
});

describe('configuration', () => {
  it('reads the idle timeout and the sign-in limits, with defaults, and refuses nonsense', () => {
    expect(loadConfig({})).toMatchObject({
      sessionHours: 12,
      sessionIdleMinutes: 60,
      loginMaxFailures: 5,
      loginWindowMinutes: 15,
    });
    expect(
      loadConfig({
        QAGIDA_SESSION_IDLE_MINUTES: '20',
        QAGIDA_LOGIN_MAX_FAILURES: '3',
        QAGIDA_LOGIN_WINDOW_MINUTES: '60',
      }),
    ).toMatchObject({ sessionIdleMinutes: 20, loginMaxFailures: 3, loginWindowMinutes: 60 });
    expect(() => loadConfig({ QAGIDA_SESSION_IDLE_MINUTES: '0' })).toThrow(/QAGIDA_SESSION_IDLE_MINUTES/);
    expect(() => loadConfig({ QAGIDA_LOGIN_MAX_FAILURES: 'many' })).toThrow(/QAGIDA_LOGIN_MAX_FAILURES/);
  });
});
