import request from 'supertest';
import { createApp, type AppOptions } from '../app';
import type { Db } from '../db/connection';
import { DRILL_PASSWORD, seedDrillDatabase } from './drillData';

export interface InProcessServer {
  app: ReturnType<typeof createApp>;
  db: Db;
  tokens: { admin: string; analyst: string; staff: string };
  close(): Promise<void>;
}

/** The app in this process on any database URL (SQLite file or PostgreSQL), seeded, the demo users signed in. */
export async function startInProcess(url: string, options: Omit<AppOptions, 'db'> = {}): Promise<InProcessServer> {
  const db = await seedDrillDatabase(url);
  const app = createApp({ db, ...options });
  const tokens = { admin: '', analyst: '', staff: '' };
  for (const username of ['admin', 'analyst', 'staff'] as const) {
    const res = await request(app).post('/api/auth/login').send({ username, password: DRILL_PASSWORD });
    tokens[username] = res.body.token;
  }
  return { app, db, tokens, close: () => db.close() };
}
