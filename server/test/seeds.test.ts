import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../runtime/definitions/index';
import { seed } from '../../seeds/load';
import { DEFAULT_DEMO_PASSWORD, loadConfig } from '../config';
import { openDatabase, type Db } from '../db/connection';
import { migrator } from '../db/migrate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const opened: { db: Db; dir: string }[] = [];
afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

async function freshDb(): Promise<Db> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-seed-'));
  const db = await openDatabase(`sqlite:${path.join(dir, 'nested', 'q.sqlite')}`);
  opened.push({ db, dir });
  return db;
}

function shippedFiles(): string[] {
  const walk = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .flatMap((e) =>
            e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : [],
          )
      : [];
  return [...walk(path.join(ROOT, 'definitions')), ...walk(path.join(ROOT, 'rules'))];
}

describe('openDatabase()', () => {
  it('when the file does not exist, then creates it, its folder, and applies every migration', async () => {
    const db = await freshDb();
    expect(await migrator(db.sequelize).pending()).toEqual([]);
    const all = (await migrator(db.sequelize).migrations(db.sequelize.getQueryInterface())).map((m) => m.name);
    expect(all.slice(0, 1)).toEqual(['0001-initial']);
    expect((await migrator(db.sequelize).executed()).map((m) => m.name)).toEqual(all);
  });
});

describe('seed()', () => {
  it('when the database is empty, then publishes every valid shipped definition as version 1 by "seed"', async () => {
    const db = await freshDb();
    const result = await seed(db, { demoUsers: true, demoPassword: 'pw-for-tests' });
    const valid = shippedFiles().filter((file) => {
      const body = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      return typeof body === 'object' && body !== null && 'kind' in body && validate(body).length === 0;
    });
    expect(result.definitions).toBe(valid.length);
    const rows = (await db.models.Definition.findAll({ raw: true })) as unknown as {
      author: string;
      version: number;
    }[];
    expect(rows.every((r) => r.author === 'seed' && r.version === 1)).toBe(true);
    expect(await db.models.Head.count({ where: { kind: 'calendar', defId: 'kz' } })).toBe(1);
    expect(result.users).toEqual(['admin', 'analyst', 'staff']);
  });

  it('when run again, then adds nothing', async () => {
    const db = await freshDb();
    await seed(db, { demoUsers: true, demoPassword: 'pw-for-tests' });
    const definitions = await db.models.Definition.count();
    const again = await seed(db, { demoUsers: true, demoPassword: 'pw-for-tests' });
    expect(again).toMatchObject({ definitions: 0, users: [], cases: 0 });
    expect(await db.models.Definition.count()).toBe(definitions);
    expect(await db.models.User.count()).toBe(3);
  });

  it('when a file is invalid, then skips it with its problems and loads the rest', async () => {
    const db = await freshDb();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-defs-'));
    fs.mkdirSync(path.join(dir, 'forms'));
    fs.writeFileSync(path.join(dir, 'forms', 'bad.json'), JSON.stringify({ kind: 'form', id: 'bad', fields: [] }));
    fs.writeFileSync(path.join(dir, 'forms', 'broken.json'), '{');
    fs.copyFileSync(path.join(ROOT, 'definitions/calendars/kz.json'), path.join(dir, 'kz.json'));
    const result = await seed(db, { demoUsers: false, demoPassword: 'x', roots: [dir] });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.definitions).toBe(1);
    expect(result.skipped.map((s) => path.basename(s.file)).sort()).toEqual(['bad.json', 'broken.json']);
    expect(result.skipped.find((s) => s.file.endsWith('bad.json'))?.problems).toContainEqual({
      path: '/title',
      message: 'is required',
    });
  });

  it('when in production, then creates no demo users', async () => {
    const db = await freshDb();
    const result = await seed(db, { demoUsers: false, demoPassword: DEFAULT_DEMO_PASSWORD, roots: [] });
    expect(result.users).toEqual([]);
    expect(await db.models.User.count()).toBe(0);
  });
});

describe('loadConfig()', () => {
  it('when nothing is set, then serves port 3000 from data/qagida.sqlite with the documented demo password', () => {
    const config = loadConfig({}, '/srv/qagida');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'sqlite:data/qagida.sqlite',
      production: false,
      demoUsers: true,
      demoPassword: 'qagida-demo',
    });
    expect(config.designerDist).toBe('/srv/qagida/designer/dist');
  });

  it('when in production, then there are no demo users and the default password is refused', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, demoUsers: false });
    expect(() => loadConfig({ NODE_ENV: 'production', QAGIDA_DEMO_PASSWORD: DEFAULT_DEMO_PASSWORD })).toThrow(
      /QAGIDA_DEMO_PASSWORD/,
    );
  });

  it('when a value is malformed, then start-up fails naming the key', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
