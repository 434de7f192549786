import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DRILL_PASSWORD, seedDrillDatabase } from './drillData';
import { freePort, ServerProcess } from './serverProcess';

/**
 * A drill's own seeded SQLite file and a server process on it (not started: the drill starts and kills it),
 * made before the drill's tests and removed after them. `env` adds to the drill's defaults (no sweeps).
 */
export function drillServer(prefix: string, env: Record<string, string> = {}) {
  let dir = '';
  let url = '';
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    url = `sqlite:${path.join(dir, 'qagida.sqlite')}`;
    await (await seedDrillDatabase(url)).close();
    server = new ServerProcess(await freePort(), {
      DATABASE_URL: url,
      QAGIDA_DEMO_PASSWORD: DRILL_PASSWORD,
      QAGIDA_SWEEP_INTERVAL_MS: '0',
      ...env,
    });
  });
  afterAll(async () => {
    await server?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    /** the database's URL, for the drill's own checks */
    get url(): string {
      return url;
    },
    get server(): ServerProcess {
      if (!server) throw new Error('the drill server is made in beforeAll');
      return server;
    },
  };
}
