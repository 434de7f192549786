import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueryTypes } from 'sequelize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../seeds/load';
import { openDatabase } from '../db/connection';
import { connectorsRepository } from '../repositories/connectors';
import { ADULT } from '../test/fixtures';
import { writeDefinitionFiles } from '../test/harness';
import { licenceWithHandoff } from '../test/support/handoffFixtures';
import { startRegisterServer, type RegisterServer } from '../test/support/registerServer';
import { DRILL_PASSWORD } from './drillData';
import { call, freePort, ServerProcess, signIn, sleep } from './serverProcess';

const CYCLES = 4;
const WORKERS = 3;

let dir: string;
let url: string;
let server: ServerProcess;
let register: RegisterServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-handoff-'));
  url = `sqlite:${path.join(dir, 'qagida.sqlite')}`;
  register = await startRegisterServer();
  const db = await openDatabase(url);
  await seed(db, {
    demoUsers: true,
    demoPassword: DRILL_PASSWORD,
    roots: [writeDefinitionFiles(path.join(dir, 'defs'), licenceWithHandoff(register.url))],
  });
  await connectorsRepository(db).putHost({ host: '127.0.0.1', allowPrivate: true }, 'drill', new Date());
  await db.close();
  server = new ServerProcess(await freePort(), {
    DATABASE_URL: url,
    QAGIDA_DEMO_PASSWORD: DRILL_PASSWORD,
    QAGIDA_SWEEP_INTERVAL_MS: '0',
    QAGIDA_HANDOFF_INTERVAL_MS: '50',
    QAGIDA_HANDOFF_BACKOFF_MS: '100',
    // a hand-off leased by a killed process waits out its lease; the default two minutes is longer than the drain below
    QAGIDA_HANDOFF_LEASE_MS: '3000',
  });
});

afterAll(async () => {
  await server?.kill();
  await register?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const keysSeen = () => new Set(register.requests.map((r) => String(r.headers['idempotency-key'] ?? '')));

describe('hand-off drill: the server is killed (SIGKILL) while it submits cases and hands them off', () => {
  it(`when killed ${CYCLES} times mid-load and restarted, then every submitted case reaches the downstream system, by its idempotency key`, async () => {
    const acknowledged = new Set<string>();
    let token = '';
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      await server.start();
      token ||= await signIn(server.url, 'staff', DRILL_PASSWORD);
      let stop = false;
      let acked = 0;
      // a refusal is not a kill: the worker goes on, and the refusals are named if progress stalls
      const refusals: string[] = [];
      const worker = async () => {
        while (!stop) {
          const started = await call(server.url, token, 'POST', '/api/cases', {
            service: 'licence',
            channel: 'office',
          });
          if (started.status === 0) return; // killed
          if (started.status !== 201) {
            refusals.push(`start ${started.status} ${JSON.stringify(started.body)}`);
            continue;
          }
          const id = String(started.body.id);
          const res = await call(server.url, token, 'POST', `/api/cases/${id}/submit`, { data: ADULT });
          if (res.status === 0) return;
          if (res.status === 200) {
            acknowledged.add(id);
            acked++;
          } else refusals.push(`submit ${res.status} ${JSON.stringify(res.body)}`);
        }
      };
      const workers = Array.from({ length: WORKERS }, () => worker());
      // under CI's load (every drill in parallel on two cores) a cycle may be slow; it must still make progress
      for (let waited = 0; acked < 6 && waited < 60_000; waited += 50) await sleep(50);
      expect(
        acked,
        `no progress in cycle ${cycle}:\n${refusals.slice(0, 5).join('\n')}\n${server.log()}`,
      ).toBeGreaterThanOrEqual(3);
      await sleep(Math.floor(Math.random() * 200)); // a moment that varies: mid-submit, mid-dispatch
      await server.kill('SIGKILL');
      stop = true;
      await Promise.all(workers);
    }

    // one more start: the outbox drains what the kills interrupted
    await server.start();
    const db = await openDatabase(url);
    try {
      const submitted = await db.sequelize.query<{ id: string }>(`SELECT id FROM cases WHERE status <> 'draft'`, {
        type: QueryTypes.SELECT,
      });
      const expected = submitted.map((c) => `${c.id}:ministry:submitted`);
      for (let waited = 0; waited < 60_000; waited += 200) {
        const seen = keysSeen();
        if (expected.every((k) => seen.has(k))) break;
        await sleep(200);
      }
      const seen = keysSeen();
      const missing = expected.filter((k) => !seen.has(k));
      const stuck = missing.length
        ? await db.sequelize.query(
            `SELECT key, attempts, "leaseUntil", "nextAttemptAt", "lastError" FROM handoff_outbox WHERE key IN (:missing)`,
            { replacements: { missing }, type: QueryTypes.SELECT },
          )
        : [];
      expect(missing, `submitted cases never handed off; their outbox rows: ${JSON.stringify(stuck)}`).toEqual([]);
      expect(
        [...acknowledged].filter((id) => !submitted.some((c) => c.id === id)),
        'acknowledged but lost',
      ).toEqual([]);
      const rows = await db.sequelize.query<{ key: string; failedAt: string | null }>(
        'SELECT key, "failedAt" FROM handoff_outbox',
        { type: QueryTypes.SELECT },
      );
      expect(rows.map((r) => r.key).sort()).toEqual([...expected].sort());
      expect(rows.filter((r) => r.failedAt !== null)).toEqual([]);
      // a kill between sending and marking sent means a resend: the same key, which downstream recognises
      const resent = register.requests.length - seen.size;
      console.log(
        `hand-off drill: ${acknowledged.size} acknowledged, ${submitted.length} submitted, ${seen.size} handed off, ${resent} resent with the same key`,
      );
    } finally {
      await db.close();
    }
  }, 300_000);
});
