import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../server/db/connection';
import { createContext } from '../server/usecases/context';
import { absolute, alternate, compared, timeMs, type BenchOptions, type BenchRow, type Measured } from './row';
import {
  cloneCases,
  IN_FLIGHT_MIX,
  login,
  preparedDatabase,
  startServer,
  submitLoad,
  tempDir,
  type Child,
} from './submitLoad';

interface Store {
  size: number;
  file: string;
  drafts: string[];
  plan: string;
  fillSeconds: number;
}

interface Base {
  file: string;
  template: string;
  submitted: string;
}

/** A copy of the seeded base with `size` stored cases (30% in flight) and drafts to submit; the overdue query's plan checked. */
async function filled(dir: string, base: Base, size: number, drafts: number): Promise<Store & { db: Db }> {
  const file = path.join(dir, `qagida-${size}.sqlite`);
  const started = performance.now();
  fs.copyFileSync(base.file, file); // seeded once: both stores start from the same content
  const db = await openDatabase(`sqlite:${file}`);
  await cloneCases(db, base.submitted, 'case-', size, IN_FLIGHT_MIX);
  const ids = await cloneCases(db, base.template, 'load-', drafts);
  const fillSeconds = (performance.now() - started) / 1000;
  // the plan SQLite chose for the repository's overdue query
  const ctx = createContext(db, { production: false, sessionHours: 12 });
  let sql = '';
  // Sequelize keeps its options, logging among them, on the instance; its types do not name them
  const { options } = db.sequelize as typeof db.sequelize & { options: { logging: unknown } };
  options.logging = (text: string) => (sql = text.replace(/^Executing \([^)]*\): /, ''));
  const found = await ctx.cases.list({ overdueAt: new Date(), limit: 50, offset: 0 });
  options.logging = false;
  if (found.length !== 50) throw new Error(`the overdue query found ${found.length} cases, not 50`);
  const [planRows] = await db.sequelize.query(`EXPLAIN QUERY PLAN ${sql}`);
  const plan = (planRows as { detail: string }[]).map((r) => r.detail).join('; ');
  if (!/cases_overdue/.test(plan)) throw new Error(`the overdue query does not use cases_overdue: ${plan}`);
  return { db, size, file, drafts: ids, plan, fillSeconds };
}

/**
 * Submission throughput and the overdue query with few and with many stored cases: both databases
 * are filled first, then their servers run side by side and take turns, pass after pass.
 */
export async function bench(options: BenchOptions): Promise<BenchRow[]> {
  // at least 4,000: the overdue query must find 50 (30 of every 2,000 clones are overdue)
  const [smallSize, largeSize] = options.tiny ? [4_000, 8_000] : [10_000, 1_000_000];
  const seconds = options.tiny ? 1 : 4;
  const passes = options.tiny ? 2 : 5;
  const connections = options.tiny ? 4 : 50;
  const dir = tempDir('scale');
  const servers: Child[] = [];
  try {
    const stores: Store[] = [];
    const repository: Record<'small' | 'large', Measured> = {} as never;
    const dbs: Db[] = [];
    const baseFile = path.join(dir, 'base.sqlite');
    const prepared = await preparedDatabase(baseFile);
    // the copies below take the file alone: what is still in its write-ahead log would be missing from them
    // (under load the close had not folded it in yet, and a copy held no case to clone)
    await prepared.db.sequelize.query('PRAGMA wal_checkpoint(TRUNCATE)');
    await prepared.db.close();
    const base = { file: baseFile, template: prepared.template, submitted: prepared.submitted };
    for (const size of [smallSize, largeSize]) {
      const store = await filled(dir, base, size, options.tiny ? 3_000 : 60_000);
      console.error(`[bench] scale ${size}: filled in ${store.fillSeconds.toFixed(1)} s; overdue plan: ${store.plan}`);
      stores.push(store);
      dbs.push(store.db);
    }
    const query = (db: Db) => () =>
      timeMs(() =>
        createContext(db, { production: false, sessionHours: 12 }).cases.list({
          overdueAt: new Date(),
          limit: 50,
          offset: 0,
        }),
      );
    Object.assign(
      repository,
      await alternate({ small: query(dbs[0]!), large: query(dbs[1]!) }, { passes: options.tiny ? 3 : 21 }),
    );
    for (const db of dbs) await db.close();

    const [small, large] = stores as [Store, Store];
    const smallServer = await startServer(small.file);
    servers.push(smallServer);
    const largeServer = await startServer(large.file);
    servers.push(largeServer);
    const tokens = [await login(smallServer.url), await login(largeServer.url)] as const;
    const overdue = (url: string, token: string) => () =>
      timeMs(async () => {
        const res = await fetch(`${url}/api/cases?overdue=true&limit=50`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!res.ok) throw new Error(`GET overdue answered ${res.status}`);
        await res.arrayBuffer();
      });
    const http = await alternate(
      { small: overdue(smallServer.url, tokens[0]), large: overdue(largeServer.url, tokens[1]) },
      { passes: options.tiny ? 3 : 21 },
    );
    const used = [0, 0];
    const submit = (i: 0 | 1, server: Child, store: Store) => async () => {
      const r = await submitLoad(server.url, tokens[i], store.drafts, seconds, used[i], connections);
      used[i] = r.used;
      return r.rps;
    };
    const load = await alternate(
      { small: submit(0, smallServer, small), large: submit(1, largeServer, large) },
      { passes, warmup: 1 },
    );

    const label = (n: number) => n.toLocaleString('en-US');
    // the small store's figures are the baseline of the large store's, measured in turns with them
    const smallLabel = `${label(small.size)} cases stored`;
    const overdueRows = [
      absolute({ name: `scale: overdue query, repository, ${label(small.size)} cases`, unit: 'ms' }, repository.small),
      compared(
        {
          name: `scale: overdue query, repository, ${label(large.size)} cases`,
          unit: 'ms',
          baseline: smallLabel,
          target: large.size >= 1_000_000 ? '≤ 50 ms' : undefined,
        },
        repository.large,
        repository.small,
      ),
      absolute(
        { name: `scale: GET /api/cases?overdue=true&limit=50, ${label(small.size)} cases`, unit: 'ms' },
        http.small,
      ),
      compared(
        {
          name: `scale: GET /api/cases?overdue=true&limit=50, ${label(large.size)} cases`,
          unit: 'ms',
          baseline: smallLabel,
          target: large.size >= 1_000_000 ? '≤ 50 ms' : undefined,
        },
        http.large,
        http.small,
      ),
    ];
    return [
      compared(
        {
          name: `scale: submit throughput, ${label(large.size)} cases stored, ${connections} connections`,
          unit: 'req/s',
          baseline: `${label(small.size)} cases stored`,
          target: 'within ±10%',
        },
        load.large,
        load.small,
      ),
      ...overdueRows,
    ];
  } finally {
    for (const server of servers) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
