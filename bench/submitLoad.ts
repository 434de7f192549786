import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { seed } from '../seeds/load';
import { openDatabase, type Db } from '../server/db/connection';
import { sqliteConnectionOf, sqliteRun, sqliteValue } from '../server/db/rawSqlite';
import { startCase, submitCase } from '../server/usecases/cases';
import { createContext } from '../server/usecases/context';

/** Shared by the submission, scale and impact sections: a real database, a real server, load from this process. */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PASSWORD = 'bench-password-1';
/** archival-reference through the PSC: three rulesets, a working-day calendar, a process with step terms. */
export const SERVICE = { service: 'archival-reference', channel: 'psc' };
export const DATA = {
  applicantName: 'Сейтқали Айгүл',
  subject: { fullName: 'Сейтқали Айгүл Нұрланқызы' },
  period: '1985–1992',
  requestedInformation: 'Еңбек өтілі туралы',
};

export function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `qagida-bench-${name}-`));
}

/** A migrated, seeded database file with one started case to clone; returns the open Db and that case's id. */
export async function preparedDatabase(file: string): Promise<{ db: Db; template: string; submitted: string }> {
  const db = await openDatabase(`sqlite:${file}`);
  await seed(db, { demoUsers: true, demoPassword: PASSWORD });
  const ctx = createContext(db, { production: false, sessionHours: 12 });
  const actor = { username: 'staff', role: 'staff' as const };
  const record = await startCase(ctx, actor, { ...SERVICE, data: {} });
  const other = await startCase(ctx, actor, { ...SERVICE, data: {} });
  await submitCase(ctx, actor, other.id, { data: DATA });
  return { db, template: record.id, submitted: other.id };
}

/** Column overrides for stored cases: 30% in progress, due from 100 hours ago to 1900 hours ahead; the rest closed. */
export const IN_FLIGHT_MIX: Record<string, string> = {
  status: `CASE WHEN i % 10 < 3 THEN 'in-progress' ELSE 'done' END`,
  nextDueAt: `CASE WHEN i % 10 < 3 THEN strftime('%Y-%m-%d %H:%M:%f', 'now', ((i % 2000) - 100) || ' hours') || ' +00:00' END`,
  closedAt: `CASE WHEN i % 10 < 3 THEN NULL ELSE t."submittedAt" END`,
  // case numbers are unique per service: each clone of a submitted case gets its own
  number: `CASE WHEN t."number" IS NULL THEN NULL ELSE t."number" || '-' || i END`,
};

/** Column values computed in JS for the `i`-th clone (0-based), stored as the server stores them (sqliteValue). */
export type CaseValues = (i: number) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** Clones' values per multi-row INSERT: ~20 columns make ~5,000 variables, far below SQLite's 32,766. */
const VALUES_BATCH = 250;

/**
 * Clones the template case `count` times with raw SQL, 100 000 rows a transaction, ids
 * `${prefix}000000001`…; `overrides` replaces columns by SQL expressions over `i` (0-based) and the template row;
 * `values` replaces columns by values computed in JS per clone (dates, JSON), which win over `overrides`.
 */
export async function cloneCases(
  db: Db,
  template: string,
  prefix: string,
  count: number,
  overrides: Record<string, string> = {},
  values?: CaseValues,
): Promise<string[]> {
  const [info] = await db.sequelize.query('PRAGMA table_info(cases)');
  const columns = (info as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
  let computed: string[] | undefined;
  const chunk = 100_000;
  for (let from = 0; from < count; from += chunk) {
    const to = Math.min(count, from + chunk);
    await db.transaction(async (t) => {
      let join = '';
      if (values) {
        // a temporary table lives on one connection: filled and read inside this transaction
        const connection = sqliteConnectionOf(db, t);
        if (!connection) throw new Error('per-clone values need SQLite');
        const rows: unknown[][] = [];
        for (let i = from; i < to; i++) {
          const row = await values(i);
          computed ??= Object.keys(row).filter((c) => columns.includes(c));
          rows.push([i, ...computed.map((c) => sqliteValue(row[c]))]);
        }
        const names = ['clone', ...(computed ?? [])].map((c) => `"${c}"`).join(', ');
        await sqliteRun(connection, `CREATE TEMP TABLE clone_values (${names})`);
        for (let at = 0; at < rows.length; at += VALUES_BATCH) {
          const batch = rows.slice(at, at + VALUES_BATCH);
          const one = `(${batch[0]!.map(() => '?').join(', ')})`;
          await sqliteRun(
            connection,
            `INSERT INTO clone_values (${names}) VALUES ${batch.map(() => one).join(', ')}`,
            batch.flat(),
          );
        }
        join = 'JOIN temp.clone_values v ON v.clone = n.i';
      }
      const select = columns.map((c) => (computed?.includes(c) ? `v."${c}"` : (overrides[c] ?? `t."${c}"`))).join(', ');
      await db.sequelize.query(
        `WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to - 1})
         INSERT INTO cases (id, ${columns.map((c) => `"${c}"`).join(', ')})
         SELECT printf('%s%09d', :prefix, n.i), ${select} FROM n ${join}, (SELECT * FROM cases WHERE id = :template) t`,
        { replacements: { prefix, template }, transaction: t },
      );
      if (values) await db.sequelize.query('DROP TABLE temp.clone_values', { transaction: t });
    });
    // the narrow row the server writes beside every case in progress (repositories/caseReplay.ts)
    await db.transaction((t) =>
      db.sequelize.query(
        `INSERT INTO case_replay ("caseId", "calendarId", "serviceId", "serviceVersion", "rulesetIds", "evaluatedAt",
           events, step, deadlines, rulesets)
         SELECT c.id, c."calendarId", c."serviceId", c."serviceVersion",
           ',' || coalesce((SELECT group_concat(json_extract(r.value, '$.id'), ',') FROM json_each(c.pins, '$.rulesets') r), '') || ',',
           json_extract(c.replay, '$.evaluatedAt'), json_extract(c.replay, '$.events'), json_extract(c.replay, '$.step'),
           c.deadlines, json_extract(c.replay, '$.rulesets')
         FROM cases c WHERE c.id BETWEEN :first AND :last AND c.status = 'in-progress' AND c.replay IS NOT NULL`,
        {
          replacements: {
            first: `${prefix}${String(from).padStart(9, '0')}`,
            last: `${prefix}${String(to - 1).padStart(9, '0')}`,
          },
          transaction: t,
        },
      ),
    );
  }
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(9, '0')}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer ${url} within 60 s: ${log()}`);
}

function child(args: string[], env: NodeJS.ProcessEnv, port: number, probe: string, logFile?: string): Promise<Child> {
  // a server's request log goes to a file, as in production: piped here, reading it would load the load generator
  const log = logFile ? fs.openSync(logFile, 'a') : undefined;
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', log ?? 'pipe', 'pipe'],
  });
  if (log !== undefined) fs.closeSync(log);
  let output = '';
  proc.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  proc.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  return waitFor(url + probe, proc, () => output).then(
    () => ({ url, process: proc, stop }),
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
}

let built = false;

/** Builds dist/main.js as `npm start` does (only when the server's sources changed), once per bench run. */
export function buildServer(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--server-only'], { cwd: ROOT, stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`building the server failed: ${result.stderr.toString()}`);
  built = true;
}

/**
 * The server as `npm start` runs it (`node dist/main.js`, compiled) on a SQLite file, in its own process,
 * logging every request (pino-http, level info) to `<file>.log`, as a production server does;
 * `nodeArgs` e.g. `--cpu-prof`; `fromSource` runs server/main.ts through tsx (a profile then names our files).
 */
export async function startServer(
  file: string,
  nodeArgs: string[] = [],
  options: { fromSource?: boolean } = {},
): Promise<Child> {
  if (!options.fromSource) buildServer();
  const env = {
    DATABASE_URL: `sqlite:${file}`,
    QAGIDA_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'info',
    NODE_ENV: '',
    NODE_OPTIONS: '',
  };
  const entry = options.fromSource ? ['--import', 'tsx', 'server/main.ts'] : ['dist/main.js'];
  return child([...nodeArgs, ...entry], env, await freePort(), '/api/health', `${file}.log`);
}

/** The baseline: Express 5 with one route answering small JSON, in its own process. */
export async function startBareExpress(): Promise<Child> {
  const script = `import express from 'express';
const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.post('/ping', (req, res) => { res.json({ ok: true, id: 'c0ffee', status: 'in-progress' }); });
app.get('/ping', (req, res) => { res.json({ ok: true }); });
app.listen(Number(process.env.PORT), '127.0.0.1');`;
  return child(['--input-type=module', '-e', script], {}, await freePort(), '/ping');
}

export async function login(url: string, username = 'staff'): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** autocannon against one request shape; `path` gives the i-th request's path. */
export async function load(options: {
  url: string;
  method: 'GET' | 'POST';
  path: (i: number) => string;
  headers?: Record<string, string>;
  body?: string;
  seconds: number;
  connections?: number;
}): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 50,
    duration: options.seconds,
    requests: [
      {
        method: options.method,
        headers: { 'content-type': 'application/json', ...options.headers },
        body: options.body,
        setupRequest: (req: Record<string, unknown>) => ({ ...req, path: options.path(i++) }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || options.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Submits drafts from `ids` under load; throws when any answer was not 2xx (a draft ran out, a bug). */
export async function submitLoad(
  url: string,
  token: string,
  ids: string[],
  seconds: number,
  offset = 0,
  connections = 50,
) {
  let used = offset;
  const result = await load({
    url,
    method: 'POST',
    path: () => `/api/cases/${ids[used++ % ids.length]}/submit`,
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: DATA }),
    seconds,
    connections,
  });
  if (used > ids.length) throw new Error(`submit load used ${used} drafts, only ${ids.length} were stored`);
  if (result.non2xx || result.errors)
    throw new Error(`submit load: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return { ...result, used };
}
