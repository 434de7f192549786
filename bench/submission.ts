import fs from 'node:fs';
import path from 'node:path';
import { alternate, compared, measured, type BenchOptions, type BenchRow, type Measured } from './row';
import {
  cloneCases,
  load,
  login,
  preparedDatabase,
  startBareExpress,
  startServer,
  submitLoad,
  tempDir,
  type LoadResult,
} from './submitLoad';

/**
 * The full submit over HTTP (session, body validation, form validation, three rulesets, the
 * process, deadlines on the kz calendar, one transaction with the audit entry, a request log line)
 * from 50 connections in this process, against a bare Express 5 endpoint answering small JSON in the
 * same conditions: both servers run side by side and take turns, pass after pass.
 */
export async function bench(options: BenchOptions): Promise<BenchRow[]> {
  const seconds = options.tiny ? 1 : 4;
  // the smoke run only proves the path works: few connections, so a loaded machine still completes requests
  const connections = options.tiny ? 4 : 50;
  const passes = options.tiny ? 2 : 5;
  const dir = tempDir('submission');
  const file = path.join(dir, 'qagida.sqlite');
  try {
    const { db, template } = await preparedDatabase(file);
    // enough drafts for every pass at well over the rates seen so far; a shortfall fails loudly
    const ids = await cloneCases(db, template, 'load-', options.tiny ? 5_000 : 150_000);
    await db.close();

    const bare = await startBareExpress();
    const server = await startServer(file);
    const results: { bare: LoadResult[]; submit: LoadResult[] } = { bare: [], submit: [] };
    try {
      const token = await login(server.url);
      const ping = { url: bare.url, method: 'POST' as const, path: () => '/ping', body: '{"data":{"a":1}}' };
      let used = 0;
      const runs = await alternate(
        {
          bare: async () => {
            const r = await load({ ...ping, seconds, connections });
            results.bare.push(r);
            return r.rps;
          },
          submit: async () => {
            const r = await submitLoad(server.url, token, ids, seconds, used, connections);
            used = r.used;
            results.submit.push(r);
            return r.rps;
          },
        },
        { passes, warmup: 1 },
      );
      // the warm-up passes are not among the figures
      results.bare.shift();
      results.submit.shift();
      const of = (list: LoadResult[], key: 'p50' | 'p99'): Measured => measured(list.map((r) => r[key]));
      return [
        compared(
          {
            name: `submission: full submit, ${connections} connections, request log on`,
            unit: 'req/s',
            baseline: 'bare Express 5, small JSON',
            target: '≥ 50% of bare Express',
          },
          runs.submit,
          runs.bare,
        ),
        compared(
          { name: 'submission: p50 latency', unit: 'ms', baseline: 'bare Express 5 p50' },
          of(results.submit, 'p50'),
          of(results.bare, 'p50'),
        ),
        compared(
          { name: 'submission: p99 latency', unit: 'ms', baseline: 'bare Express 5 p99', target: '≤ 25 ms' },
          of(results.submit, 'p99'),
          of(results.bare, 'p99'),
        ),
      ];
    } finally {
      await server.stop();
      await bare.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
