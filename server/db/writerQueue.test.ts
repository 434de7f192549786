import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './connection';

// A write beside the writer queue waits on SQLite's lock in a libuv thread; a few such waits
// starved the writer and stalled every request for the 10 s busy timeout (the hand-off drill saw it).
describe('the writer queue on SQLite', () => {
  let dir: string;
  let db: Db;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-writer-'));
    db = await openDatabase(`sqlite:${path.join(dir, 'q.sqlite')}`);
    await db.transaction((transaction) => db.sequelize.query('CREATE TABLE marks (n INTEGER)', { transaction }));
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('when a statement writes outside db.transaction() in tests, then it is refused and nothing is written', async () => {
    await expect(db.sequelize.query('INSERT INTO marks (n) VALUES (1)')).rejects.toThrow(/writer queue/);
    await expect(db.sequelize.query('/* claim */ UPDATE marks SET n = 2')).rejects.toThrow(/writer queue/);
    const [rows] = await db.sequelize.query('SELECT COUNT(*) AS n FROM marks');
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('when the same statement runs inside db.transaction(), then it is written, and reads need no queue', async () => {
    await db.transaction((transaction) => db.sequelize.query('INSERT INTO marks (n) VALUES (1)', { transaction }));
    const [rows] = await db.sequelize.query('SELECT n FROM marks');
    expect(rows).toEqual([{ n: 1 }]);
  });
});
