import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import { seed } from '../../seeds/load';
import { createApp } from '../app';
import { openDatabase, type Db } from '../db/connection';
import { connectorsRepository } from '../repositories/connectors';
import { licenceDefinitions } from './fixtures';
import { shippedReports } from './shippedDefinitions';

export const DEMO_PASSWORD = 'test-password-123';

export interface TestServer {
  app: ReturnType<typeof createApp>;
  db: Db;
  dir: string;
  file: string;
  clock: { now: Date };
  /** a bearer token per demo user */
  tokens: { admin: string; analyst: string; staff: string };
  close(): Promise<void>;
}

/** Writes definitions as JSON files the way the repository holds them, for the seed loader to read. */
export function writeDefinitionFiles(dir: string, definitions: Record<string, { kind: string; id: string }>): string {
  const root = path.join(dir, 'definitions');
  for (const definition of Object.values(definitions)) {
    const folder = path.join(root, `${definition.kind}s`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${definition.id}.json`), JSON.stringify(definition, null, 2));
  }
  return root;
}

/**
 * A server on a real SQLite file in a fresh temporary folder, migrated and seeded
 * with the licence fixtures and the demo users, its clock set by the test.
 */
export interface TestServerOptions {
  now?: string;
  definitions?: Record<string, { kind: string; id: string }>;
  /** connectors may call the loopback address (the test register), as an admin allows a host */
  loopbackConnectors?: boolean;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-server-'));
  const file = path.join(dir, 'qagida.sqlite');
  const db = await openDatabase(`sqlite:${file}`);
  // the shipped reports are definitions like any other: every test server offers them
  const root = writeDefinitionFiles(dir, { ...shippedReports(), ...(options.definitions ?? licenceDefinitions()) });
  await seed(db, { demoUsers: true, demoPassword: DEMO_PASSWORD, roots: [root] });
  if (options.loopbackConnectors)
    await connectorsRepository(db).putHost({ host: '127.0.0.1', allowPrivate: true }, 'admin', new Date());
  const clock = { now: new Date(options.now ?? '2025-06-02T05:00:00Z') };
  const app = createApp({ db, now: () => clock.now });
  const tokens = { admin: '', analyst: '', staff: '' };
  for (const username of ['admin', 'analyst', 'staff'] as const) {
    const res = await request(app).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
    tokens[username] = res.body.token;
  }
  return {
    app,
    db,
    dir,
    file,
    clock,
    tokens,
    close: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * The test server of a file's tests: started before them and closed after (with the options as they are then:
 * a register started by an earlier `useRegisterServer()` has its URL). Its parts are read through
 * the returned object once the tests run (before that there is none: reading one throws).
 */
export function useTestServer(options: () => TestServerOptions = () => ({})): TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options());
  });
  afterAll(() => server?.close());
  const started = (): TestServer => {
    if (!server) throw new Error('the test server starts in beforeAll');
    return server;
  };
  return {
    get app() {
      return started().app;
    },
    get db() {
      return started().db;
    },
    get dir() {
      return started().dir;
    },
    get file() {
      return started().file;
    },
    get clock() {
      return started().clock;
    },
    get tokens() {
      return started().tokens;
    },
    close: () => started().close(),
  };
}
