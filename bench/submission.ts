import fs from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './row';
import {
  cloneCases,
  load,
  login,
  preparedDatabase,
  startBareExpress,
  startServer,
  submitLoad,
  tempDir,
} from './submitLoad';

const SECONDS = 10;
const WARMUP_SECONDS = 2;
const DRAFTS = 150_000;

/**
 * The full submit over HTTP (session, body validation, form validation, three rulesets, the
 * process, deadlines on the kz calendar, one transaction with the audit entry) from 50 connections
 * in this process, against a bare Express 5 endpoint answering small JSON in the same conditions.
 */
export async function bench(): Promise<BenchRow[]> {
  const dir = tempDir('submission');
  const file = path.join(dir, 'qagida.sqlite');
  try {
    const { db, template } = await preparedDatabase(file);
    const ids = await cloneCases(db, template, 'load-', DRAFTS);
    await db.close();

    const bare = await startBareExpress();
    let bareResult;
    try {
      const ping = { url: bare.url, method: 'POST' as const, path: () => '/ping', body: '{"data":{"a":1}}' };
      await load({ ...ping, seconds: WARMUP_SECONDS });
      bareResult = await load({ ...ping, seconds: SECONDS });
    } finally {
      await bare.stop();
    }

    const server = await startServer(file);
    let submit;
    try {
      const token = await login(server.url);
      const warm = await submitLoad(server.url, token, ids, WARMUP_SECONDS);
      submit = await submitLoad(server.url, token, ids, SECONDS, warm.used);
    } finally {
      await server.stop();
    }

    const ratio = submit.rps / bareResult.rps;
    return [
      {
        name: 'submission: full submit, 50 connections',
        value: submit.rps,
        unit: 'req/s',
        baseline: 'bare Express 5, small JSON',
        baselineValue: bareResult.rps,
        ratio,
        target: '≥ 50% of bare Express',
      },
      {
        name: 'submission: p50 latency',
        value: submit.p50,
        unit: 'ms',
        baseline: 'bare Express 5 p50',
        baselineValue: bareResult.p50,
      },
      {
        name: 'submission: p99 latency',
        value: submit.p99,
        unit: 'ms',
        baseline: 'bare Express 5 p99',
        baselineValue: bareResult.p99,
        target: '≤ 25 ms',
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
