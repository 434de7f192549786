import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { entryHash } from '../repositories/audit';
import { ADULT } from '../test/fixtures';
import { bearer, startTestServer, type TestServer } from '../test/harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.resolve(import.meta.dirname, '../cli/verifyAudit.ts');

let server: TestServer;
let ids: number[];

beforeAll(async () => {
  server = await startTestServer();
  const staff = bearer(server.tokens.staff);
  for (let i = 0; i < 3; i++) {
    const started = await request(server.app)
      .post('/api/cases')
      .set(staff)
      .send({ service: 'licence', channel: 'office' });
    await request(server.app).put(`/api/cases/${started.body.id}/data`).set(staff).send({ data: ADULT });
  }
  const [rows] = (await server.db.sequelize.query('SELECT id FROM audit_log ORDER BY id')) as [
    { id: number }[],
    unknown,
  ];
  ids = rows.map((r) => r.id);
  // everything into the main file, so that a copy of it is the whole database
  await server.db.sequelize.query('PRAGMA wal_checkpoint(TRUNCATE)');
});
afterAll(() => server.close());

/** A copy of the database with `tamper` applied by raw SQL, verified by the CLI as an operator would. */
async function verifyTampered(name: string, tamper: (sql: (q: string) => Promise<unknown>) => Promise<void>) {
  const file = path.join(server.dir, `${name}.sqlite`);
  fs.copyFileSync(server.file, file);
  const db = await openDatabase(`sqlite:${file}`);
  await tamper((q) => db.write(q));
  await db.close();
  return promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, `sqlite:${file}`], { cwd: ROOT }).then(
    (out) => ({ code: 0, stdout: out.stdout, stderr: out.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

const middle = () => ids[Math.floor(ids.length / 2)] as number;

describe('audit integrity drill: raw SQL tampering is found by `verifyAudit`', () => {
  it('when nothing was touched, then the CLI reports the chain intact and exits 0', async () => {
    const out = await verifyTampered('intact', async () => {});
    expect(out).toMatchObject({ code: 0, stdout: expect.stringContaining(`intact: ${ids.length} entries`) });
  });

  it('when a digest is updated, then the CLI exits 1 naming that entry as changed', async () => {
    const id = middle();
    const out = await verifyTampered('digest', async (sql) => {
      await sql(`UPDATE audit_log SET afterDigest = '${'f'.repeat(64)}' WHERE id = ${id}`);
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`tampered at entry ${id}: its content does not match its hash`);
  });

  it('when a digest is updated and its hash recomputed, then the next entry no longer links and is named', async () => {
    const id = middle();
    const out = await verifyTampered('rehashed', async (sql) => {
      const [rows] = (await sql(`SELECT * FROM audit_log WHERE id = ${id}`)) as [Record<string, unknown>[]];
      const row = rows[0] as Record<string, unknown>;
      const forged = { ...row, afterDigest: 'e'.repeat(64), at: new Date(String(row.at)).toISOString() };
      const details = typeof row.details === 'string' ? JSON.parse(row.details) : row.details;
      const hash = entryHash({ ...(forged as unknown as Parameters<typeof entryHash>[0]), details });
      await sql(`UPDATE audit_log SET afterDigest = '${'e'.repeat(64)}', hash = '${hash}' WHERE id = ${id}`);
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`tampered at entry ${ids[ids.indexOf(id) + 1]}: does not link`);
  });

  it('when a middle entry is deleted, then the CLI exits 1 naming the entry after the gap', async () => {
    const id = middle();
    const out = await verifyTampered('deleted', async (sql) => {
      await sql(`DELETE FROM audit_log WHERE id = ${id}`);
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`tampered at entry ${ids[ids.indexOf(id) + 1]}: does not link to the entry before it`);
  });

  it('when two entries are swapped, then the CLI exits 1 naming the first of them', async () => {
    const a = middle();
    const b = ids[ids.indexOf(a) + 1] as number;
    const out = await verifyTampered('reordered', async (sql) => {
      // ids are the order: give each row the other's id
      await sql(`UPDATE audit_log SET id = -1 WHERE id = ${a}`);
      await sql(`UPDATE audit_log SET id = ${a} WHERE id = ${b}`);
      await sql(`UPDATE audit_log SET id = ${b} WHERE id = -1`);
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`tampered at entry ${a}: does not link to the entry before it`);
  });
});
