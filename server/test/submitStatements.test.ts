import { QueryTypes } from 'sequelize';
import sqlite3 from 'sqlite3';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../repositories/audit';
import { ADULT } from './fixtures';
import { bearer, useTestServer } from './harness';

const server = useTestServer();

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

async function draft(): Promise<string> {
  const res = await api().post('/api/cases').set(staff()).send({ service: 'licence', channel: 'office', data: ADULT });
  expect(res.status).toBe(201);
  return (res.body as { id: string }).id;
}

/** Every statement node-sqlite3 is asked to run while `work` runs, prepared ones included. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const patched: [object, string, unknown][] = [];
  const watch = (
    proto: Record<string, unknown>,
    methods: string[],
    sqlOf: (self: unknown, args: unknown[]) => string,
  ) => {
    for (const method of methods) {
      const original = proto[method] as (...args: unknown[]) => unknown;
      patched.push([proto, method, original]);
      proto[method] = function (this: unknown, ...args: unknown[]) {
        seen.push(sqlOf(this, args));
        return original.apply(this, args);
      };
    }
  };
  watch(sqlite3.Database.prototype as never, ['run', 'all', 'get', 'exec'], (_, args) => String(args[0]));
  watch(sqlite3.Statement.prototype as never, ['run', 'all'], (self) => `(prepared) ${(self as { sql?: string }).sql}`);
  try {
    await work();
  } finally {
    for (const [proto, method, original] of patched) (proto as Record<string, unknown>)[method] = original;
  }
  return seen;
}

describe('the submit path', () => {
  it('when a draft is submitted, then it costs at most 8 statements (12 before they were counted)', async () => {
    await api()
      .post(`/api/cases/${await draft()}/submit`)
      .set(staff())
      .send({ data: ADULT });
    const id = await draft();
    const statements = await statementsDuring(() =>
      api().post(`/api/cases/${id}/submit`).set(staff()).send({ data: ADULT }).expect(200),
    );
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(8);
  });

  it('when another writer appended to the audit chain meanwhile, then the next entry still chains to its tail', async () => {
    const first = await draft();
    await api().post(`/api/cases/${first}/submit`).set(staff()).send({ data: ADULT }).expect(200);
    const second = await draft();
    // an entry appended as another instance would: chained correctly, but not by this process
    await server.db.transaction(async (t) => {
      const [last] = await server.db.sequelize.query<{ hash: string }>(
        'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1',
        { type: QueryTypes.SELECT, transaction: t },
      );
      const entry = {
        actor: 'elsewhere',
        action: 'drill.append',
        entity: 'drill',
        entityId: '1',
        beforeDigest: null,
        afterDigest: null,
        details: null,
        at: new Date().toISOString(),
        prevHash: last?.hash ?? GENESIS_HASH,
        requestId: null,
      };
      await server.db.sequelize.query(
        `INSERT INTO audit_log (actor, action, entity, "entityId", "beforeDigest", "afterDigest", details, at, "prevHash", hash)
         VALUES (?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?)`,
        {
          replacements: ['elsewhere', 'drill.append', 'drill', '1', entry.at, entry.prevHash, entryHash(entry)],
          transaction: t,
        },
      );
    });
    await api().post(`/api/cases/${second}/submit`).set(staff()).send({ data: ADULT }).expect(200);
    const verified = await api().get('/api/audit/verify').set(bearer(server.tokens.admin));
    expect(verified.body).toMatchObject({ ok: true });
    const [submit] = (
      await api().get(`/api/audit?entityId=${second}&action=case.submit`).set(bearer(server.tokens.admin))
    ).body.entries as { prevHash: string }[];
    const [drill] = (await api().get('/api/audit?action=drill.append').set(bearer(server.tokens.admin))).body
      .entries as { hash: string }[];
    expect(submit?.prevHash).toBe(drill?.hash);
  });
});
