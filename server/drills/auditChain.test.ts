import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { licenceDefinitions } from '../test/fixtures';
import { bearer } from '../test/harness';
import { startInProcess, type InProcessServer } from './inProcessServer';
import { PostgresCluster } from './postgresCluster';
import { postgresRunnable } from './postgresRequired';

/** Strings no database keeps as JavaScript holds them: each is refused with 400 wherever it comes in. */
const UNSTORABLE: [string, string][] = [
  ['a lone high surrogate', 'a\uD800b'],
  ['a lone low surrogate', 'a\uDC00b'],
  ['a reversed surrogate pair', '\uDC00\uD800'],
  ['a NUL byte', 'a\u0000b'],
  ['the non-character U+FFFE', 'a\uFFFEb'],
  ['the non-character U+FFFF', 'a\uFFFF'],
  ['the non-character U+FDD0', '\uFDD0'],
  ['the non-character U+1FFFE', '\u{1FFFE}'],
];

/** Unusual but faithful strings: stored and hashed alike, so they are accepted. */
const STORABLE: [string, string][] = [
  ['an emoji (a surrogate pair)', 'Әлия 😀'],
  ['a byte-order mark', '\uFEFFБОМ'],
  ['a combining accent', 'e\u0301'],
  ['a right-to-left override', '\u202Eabc'],
  ['a bell control character', 'a\u0007b'],
  ['the last private-use character', '\u{10FFFD}'],
];

/** Percent-encodes a string, lone surrogates included (as the 3 bytes a careless encoder writes). */
function percent(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff)
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(char);
  }
  return out;
}

function drill(backend: string, open: () => Promise<{ url: string; done: () => void }>) {
  describe(`audit chain drill on ${backend}: no input breaks the hash chain`, () => {
    let server: InProcessServer;
    let done = () => {};
    beforeAll(async () => {
      const opened = await open();
      done = opened.done;
      server = await startInProcess(opened.url);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      done();
    });

    const api = () => request(server.app);
    const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);
    const chainHolds = async (after: string) => {
      const verified = await api().get('/api/audit/verify').set(as('admin'));
      expect(verified.status).toBe(200);
      expect(verified.body, `the chain after ${after}`).toMatchObject({ ok: true, breaks: [] });
    };

    /** Every way a caller's string reaches the database or the audit log; resolves with the HTTP status. */
    const entries: [string, (s: string) => Promise<number>][] = [
      [
        'a sign-in username',
        async (s) => (await api().post('/api/auth/login').send({ username: s, password: 'x' })).status,
      ],
      [
        'a display name',
        async (s) => {
          const users = await api().get('/api/users').set(as('admin'));
          const staff = (users.body.users as { id: number; username: string }[]).find((u) => u.username === 'staff');
          return (await api().patch(`/api/users/${staff!.id}`).set(as('admin')).send({ displayName: s })).status;
        },
      ],
      [
        'a definition title',
        async (s) => {
          const form = { ...licenceDefinitions().form, title: { en: s } };
          return (await api().put('/api/definitions/form/licence-form/draft').set(as('analyst')).send(form)).status;
        },
      ],
      [
        'a case data value',
        async (s) =>
          (
            await api()
              .post('/api/cases')
              .set(as('staff'))
              .send({ service: 'licence', channel: 'office', data: { applicantName: s, age: 30 } })
          ).status,
      ],
      [
        'a case data key',
        async (s) =>
          (
            await api()
              .post('/api/cases')
              .set(as('staff'))
              .send({ service: 'licence', channel: 'office', data: { [s]: 'x' } })
          ).status,
      ],
      [
        'a query string',
        async (s) =>
          (
            await api()
              .get(`/api/audit?entityId=${percent(s)}`)
              .set(as('admin'))
          ).status,
      ],
      [
        'a path',
        async (s) =>
          (
            await api()
              .get(`/api/definitions/form/${percent(s)}`)
              .set(as('analyst'))
          ).status,
      ],
    ];

    for (const [where, send] of entries) {
      it.each(UNSTORABLE)(
        `when ${where} holds %s, then it is refused with 400 and the chain holds`,
        async (_name, s) => {
          expect(await send(s)).toBe(400);
          await chainHolds(`${where} with ${_name}`);
        },
      );
      it.each(STORABLE)(`when ${where} holds %s, then it is no server error and the chain holds`, async (_name, s) => {
        expect(await send(s)).toBeLessThan(500);
        await chainHolds(`${where} with ${_name}`);
      });
    }

    it('when a string is longer than any field needs, then it is refused with 400', async () => {
      const long = 'а'.repeat(300_000);
      const res = await api()
        .put('/api/definitions/form/licence-form/draft')
        .set(as('analyst'))
        .send({ ...licenceDefinitions().form, title: { en: long } });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('/title/en');
    });

    it.runIf(backend === 'PostgreSQL')(
      'when sign-ins fail on one instance, then another instance on the same database counts them',
      async () => {
        const one = createApp({ db: server.db, loginLimit: { maxFailures: 2 } });
        const two = createApp({ db: server.db, loginLimit: { maxFailures: 2 } });
        const attempt = (app: typeof one) =>
          request(app).post('/api/auth/login').send({ username: 'shared-target', password: 'x' });
        expect((await attempt(one)).status).toBe(401);
        expect((await attempt(one)).status).toBe(401);
        expect((await attempt(two)).status).toBe(429);
      },
    );

    it('when two entries are tampered with, then verification names both, not only the first', async () => {
      const ids = (await api().get('/api/audit?limit=3').set(as('admin'))).body.entries.map(
        (e: { id: number }) => e.id,
      );
      for (const id of [ids[0], ids[2]])
        await server.db.write(`UPDATE audit_log SET actor = 'mallory' WHERE id = ${Number(id)}`);
      const verified = await api().get('/api/audit/verify').set(as('admin'));
      expect(verified.body.ok).toBe(false);
      expect(verified.body.breaks.map((b: { id: number }) => b.id).sort()).toEqual([ids[2], ids[0]].sort());
    });
  });
}

drill('SQLite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-audit-drill-'));
  return { url: `sqlite:${path.join(dir, 'q.sqlite')}`, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
});

if (postgresRunnable('the PostgreSQL audit chain drill'))
  drill('PostgreSQL', async () => {
    const cluster = await PostgresCluster.start();
    return { url: cluster.createDatabase('qagida'), done: () => cluster.stop() };
  });
