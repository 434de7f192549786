/**
 * The designer's end-to-end run: builds the app, starts the server on a temporary
 * SQLite database and a free port, drives Debian's chromium through the scenarios
 * in order (each builds on the last), and exits non-zero when one fails.
 *   node --import tsx designer/e2e/run.ts [--no-build] [--base http://localhost:3000] [--only <name part>]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminCalendarYear } from './adminCalendarYear.e2e';
import { adminCalendarImpact } from './adminCalendarImpact.e2e';
import { adminRulesetChange } from './adminRulesetChange.e2e';
import { analystBuildsService } from './analystBuildsService.e2e';
import { analystNamedConditionsImportDrafts } from './analystNamedConditionsImportDrafts.e2e';
import { analystEditsServiceWithoutJson } from './analystEditsServiceWithoutJson.e2e';
import { launch, PASSWORD, SCREENSHOTS } from './browser';
import { deskFamilyTable } from './deskFamilyTable.e2e';
import { deskQueue } from './deskQueue.e2e';
import { deskWalks } from './deskWalks.e2e';
import { everyScreenInKkAndRu } from './everyScreenInKkAndRu.e2e';
import { staffCannotOpenAdmin } from './staffCannotOpenAdmin.e2e';
import { staffAttachesScan } from './staffAttachesScan.e2e';
import { analystSeesCitations } from './analystSeesCitations.e2e';
import { languageConstructs } from './languageConstructs.e2e';
import { staffSubmitsCase } from './staffSubmitsCase.e2e';
import { adminSeesFailedNotices } from './adminSeesFailedNotices.e2e';
import type { Scenario, World } from './world';
import { analystConnectsRegister } from './analystConnectsRegister.e2e';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCENARIOS: Scenario[] = [
  analystBuildsService,
  staffSubmitsCase,
  adminCalendarImpact,
  adminCalendarYear,
  adminRulesetChange,
  staffCannotOpenAdmin,
  deskWalks,
  deskQueue,
  everyScreenInKkAndRu,
  staffAttachesScan,
  adminSeesFailedNotices,
  analystSeesCitations,
  analystNamedConditionsImportDrafts,
  deskFamilyTable,
  analystEditsServiceWithoutJson,
  analystConnectsRegister,
  languageConstructs,
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseURL: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not answer /api/health within 60 s');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (!args.includes('--no-build')) {
    const build = spawnSync('npx', ['vite', 'build', 'designer'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) return 1;
  }
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
    console.error('no /usr/bin/chromium: run `flock /tmp/apt.lock apt-get install -y chromium`');
    return 1;
  }
  const baseIndex = args.indexOf('--base');
  let baseURL = baseIndex >= 0 ? (args[baseIndex + 1] as string) : '';
  let server: ChildProcess | null = null;
  const dir = await mkdtemp(path.join(tmpdir(), 'qagida-e2e-'));
  if (!baseURL) {
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `sqlite:${path.join(dir, 'e2e.sqlite')}`,
        QAGIDA_DEMO_PASSWORD: PASSWORD,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        // a mail server that refuses every connection: each notice fails at once, for admins to see
        QAGIDA_SMTP_URL: 'smtp://127.0.0.1:9',
        QAGIDA_MAIL_MAX_ATTEMPTS: '1',
        QAGIDA_MAIL_INTERVAL_MS: '300',
        // a test key, so the admin's credentials screen stores values sealed (issue 18)
        QAGIDA_CREDENTIAL_KEY: 'e2e0'.repeat(16),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    try {
      await waitForHealth(baseURL, server);
    } catch (error) {
      server.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
      console.error(error instanceof Error ? error.message : error);
      return 1;
    }
  }
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '') : '';
  const scenarios = SCENARIOS.filter((scenario) => scenario.name.includes(only));
  const stamp = Date.now().toString(36);
  const browser = await launch();
  const world: World = { baseURL, browser, serviceId: `e2e-${stamp}`, rulesetId: `e2e-${stamp}-rules`, gaps: [] };
  let failed = 0;
  try {
    for (const scenario of scenarios) {
      const started = Date.now();
      try {
        await scenario.run(world);
        console.log(`✔ ${scenario.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`✘ ${scenario.name}\n  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  } finally {
    await browser.close();
    server?.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
  for (const gap of world.gaps) console.log(`! server gap: ${gap}`);
  console.log(`screenshots in ${SCREENSHOTS}`);
  console.log(`e2e: ${scenarios.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
