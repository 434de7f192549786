import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { migrator } from '../db/migrate';
import { COMPILED, freePort, ROOT, ServerProcess } from '../drills/serverProcess';

/** `npm start` runs `node dist/main.js`: this builds it as npm start does and runs it the same way. */
let dir: string;
const running: ServerProcess[] = [];
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--server-only'], { cwd: ROOT, stdio: 'pipe' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-compiled-'));
}, 120_000);
afterAll(async () => {
  for (const server of running) await server.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

async function compiled(database: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  // nothing that would load tsx: no NODE_OPTIONS inherited from the test runner
  const server = new ServerProcess(
    await freePort(),
    { DATABASE_URL: `sqlite:${database}`, QAGIDA_SWEEP_INTERVAL_MS: '0', NODE_OPTIONS: '', ...env },
    COMPILED,
  );
  running.push(server);
  return server;
}

function readJson(file: string): Record<string, Record<string, string> | undefined> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, Record<string, string>>;
}

describe('the compiled server (npm start)', () => {
  it('when bundled, then every package it imports is a runtime dependency, not a devDependency', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/meta.json'), 'utf8')) as {
      outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
    };
    const dependencies = new Set(
      ['package.json', 'server/package.json', 'runtime/package.json'].flatMap((file) =>
        Object.keys(readJson(file).dependencies ?? {}),
      ),
    );
    const packages = new Set(
      Object.values(meta.outputs)
        .flatMap((output) => output.imports)
        .filter((i) => i.external && !i.path.startsWith('node:'))
        .map((i) => i.path.replace(/^.*node_modules\//, '')) // a workspace's own copy: ../runtime/node_modules/ajv/…
        .map((p) => (p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0])),
    );
    expect(packages.size).toBeGreaterThan(5);
    for (const name of packages) expect(dependencies, name).toContain(name);
  });

  it('when started on a new database, then it migrates it, answers /api/health and runs without tsx', async () => {
    const server = await compiled(path.join(dir, 'new.sqlite'));
    await server.start();
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const pid = server.pid as number;
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(commandLine.slice(1)).toEqual(['dist/main.js']);
    const environment = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
    expect(commandLine.join(' ') + environment).not.toMatch(/tsx/);
    await server.kill('SIGTERM');
    expect(await server.exit()).toBe(0);
  }, 60_000);

  it('when the database is behind, then start-up refuses it with a clear message, and --migrate serves it', async () => {
    const file = path.join(dir, 'behind.sqlite');
    const db = await openDatabase(`sqlite:${file}`);
    await migrator(db.sequelize).down(); // as if made by the previous release
    await db.close();

    const refused = await compiled(file);
    await expect(refused.start()).rejects.toThrow(/exited at start/);
    expect(await refused.exit()).toBe(2);
    expect(refused.log()).toMatch(/migration\(s\) pending/);
    expect(refused.log()).toMatch(/npm run migrate/);

    const asked = await compiled(file, { QAGIDA_MIGRATE: '1' });
    await asked.start();
    expect((await fetch(`${asked.url}/api/health`)).status).toBe(200);
    await asked.kill('SIGTERM');
  }, 60_000);
});
