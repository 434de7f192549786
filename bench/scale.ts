import fs from 'node:fs';
import path from 'node:path';
import { createContext } from '../server/usecases/context';
import type { BenchRow } from './row';
import { cloneCases, IN_FLIGHT_MIX, login, preparedDatabase, startServer, submitLoad, tempDir } from './submitLoad';

const SIZES = [10_000, 1_000_000];
const SECONDS = 5;
const DRAFTS = 60_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function timed(run: () => Promise<unknown>, times = 21): Promise<number> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  return median(ms);
}

interface AtSize {
  size: number;
  rps: number;
  p99: number;
  repositoryMs: number;
  httpMs: number;
  plan: string;
  fillSeconds: number;
}

async function atSize(size: number): Promise<AtSize> {
  const dir = tempDir(`scale-${size}`);
  const file = path.join(dir, 'qagida.sqlite');
  try {
    const started = performance.now();
    const { db, template, submitted } = await preparedDatabase(file);
    await cloneCases(db, submitted, 'case-', size, IN_FLIGHT_MIX);
    const drafts = await cloneCases(db, template, 'load-', DRAFTS);
    const fillSeconds = (performance.now() - started) / 1000;

    // the repository query itself, and the plan SQLite chose for it
    const ctx = createContext(db, { production: false, sessionHours: 12 });
    const query = () => ctx.cases.list({ overdueAt: new Date(), limit: 50, offset: 0 });
    let sql = '';
    const options = (db.sequelize as unknown as { options: { logging: unknown } }).options;
    options.logging = (text: string) => (sql = text.replace(/^Executing \([^)]*\): /, ''));
    const found = await query();
    options.logging = false;
    if (found.length !== 50) throw new Error(`the overdue query found ${found.length} cases, not 50`);
    const [planRows] = await db.sequelize.query(`EXPLAIN QUERY PLAN ${sql}`);
    const plan = (planRows as { detail: string }[]).map((r) => r.detail).join('; ');
    if (!/cases_overdue/.test(plan)) throw new Error(`the overdue query does not use cases_overdue: ${plan}`);
    const repositoryMs = await timed(query);
    await db.close();

    const server = await startServer(file);
    try {
      const token = await login(server.url);
      const overdue = () =>
        fetch(`${server.url}/api/cases?overdue=true&limit=50`, { headers: { authorization: `Bearer ${token}` } }).then(
          async (res) => {
            if (!res.ok) throw new Error(`GET overdue answered ${res.status}`);
            await res.arrayBuffer();
          },
        );
      const httpMs = await timed(overdue);
      const warm = await submitLoad(server.url, token, drafts, 2);
      const load = await submitLoad(server.url, token, drafts, SECONDS, warm.used);
      return { size, rps: load.rps, p99: load.p99, repositoryMs, httpMs, plan, fillSeconds };
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Submission throughput and the overdue query with 10 000 and with 1 000 000 stored cases. */
export async function bench(): Promise<BenchRow[]> {
  const results: AtSize[] = [];
  for (const size of SIZES) {
    results.push(await atSize(size));
    const r = results.at(-1) as AtSize;
    console.error(
      `[bench] scale ${size}: filled in ${r.fillSeconds.toFixed(1)} s; overdue plan: ${r.plan}; ${r.rps.toFixed(0)} req/s`,
    );
  }
  const [small, large] = results as [AtSize, AtSize];
  const label = (n: number) => n.toLocaleString('en-US');
  return [
    {
      name: `scale: submit throughput, ${label(large.size)} cases stored`,
      value: large.rps,
      unit: 'req/s',
      baseline: `${label(small.size)} cases stored`,
      baselineValue: small.rps,
      ratio: large.rps / small.rps,
      target: 'within ±10%',
    },
    ...results.flatMap((r) => [
      {
        name: `scale: overdue query, repository, ${label(r.size)} cases`,
        value: r.repositoryMs,
        unit: 'ms',
        target: r.size >= 1_000_000 ? '≤ 50 ms' : undefined,
      },
      {
        name: `scale: GET /api/cases?overdue=true&limit=50, ${label(r.size)} cases`,
        value: r.httpMs,
        unit: 'ms',
        target: r.size >= 1_000_000 ? '≤ 50 ms' : undefined,
      },
    ]),
  ];
}
