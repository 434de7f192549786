import { postgresRunnable } from './postgresRequired';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../seeds/load';
import { createApp } from '../app';
import { openDatabase, type Db } from '../db/connection';
import { deliverNotifications, DEFAULT_MAILER } from '../notifications/mailer';
import { notificationsRepository } from '../repositories/notifications';
import { databaseBlobStore } from '../storage/blobStore';
import { licenceDefinitions } from '../test/fixtures';
import { writeDefinitionFiles } from '../test/harness';
import { startCase } from '../usecases/cases';
import { PostgresCluster } from './postgresCluster';
import { ROOT } from './serverProcess';

// like the scale-out drill: runs as root with Debian's PostgreSQL, and under CI=true fails rather than skips
const runnable = postgresRunnable('the PostgreSQL mail and blob drill');

const NOTICES = 40;
let cluster: PostgresCluster | undefined;
const dbs: Db[] = [];
const received: string[] = [];
let smtp: SMTPServer;
let port = 0;

beforeAll(async () => {
  if (!runnable) return;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        received.push(data.replace(/=\r?\n/g, ''));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as { port: number }).port;
  cluster = await PostgresCluster.start();
  const url = cluster.createDatabase('qagida_mail');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-mail-defs-'));
  const notice = JSON.parse(fs.readFileSync(path.join(ROOT, 'definitions/templates/notice-overdue.json'), 'utf8')) as {
    kind: string;
    id: string;
  };
  // two connections pools on one database: two instances, as far as the outbox can tell
  dbs.push(await openDatabase(url), await openDatabase(url));
  await seed(dbs[0] as Db, {
    demoUsers: true,
    demoPassword: 'mail-drill-password',
    roots: [writeDefinitionFiles(dir, { ...licenceDefinitions(), notice })],
  });
  fs.rmSync(dir, { recursive: true, force: true });
  await (dbs[0] as Db).sequelize.query(`UPDATE users SET email = 'staff@example.test' WHERE username = 'staff'`);
}, 180_000);

afterAll(async () => {
  try {
    await Promise.all(dbs.map((db) => db.close()));
    if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
  } finally {
    cluster?.stop();
  }
}, 60_000);

describe.skipIf(!runnable)(
  'documents drill on PostgreSQL: the outbox and the blob table shared by two instances',
  () => {
    it(`when both sweep ${NOTICES} notices at once, round after round, then every notice arrives exactly once`, async () => {
      const [a, b] = dbs.map((db) => createApp({ db }).locals.ctx);
      if (!a || !b) throw new Error('two instances');
      const ids: string[] = [];
      for (let i = 0; i < NOTICES; i++) {
        const record = await startCase(
          a,
          { username: 'staff', role: 'staff' },
          { service: 'licence', channel: 'office' },
        );
        ids.push(record.id);
        await a.db.transaction((t) =>
          notificationsRepository(a.db).claim(
            {
              caseId: record.id,
              deadline: `result@${i}`,
              kind: 'overdue',
              dueAt: new Date(),
              recipient: 'staff',
              payload: { deadline: 'result', due: new Date().toISOString(), step: 'review' },
              at: new Date(),
            },
            t,
          ),
        );
      }
      const transport = () =>
        nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: false });
      const options = { ...DEFAULT_MAILER, from: 'qagida@example.test', lang: 'en' as const };
      let sent = 0;
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all([
          deliverNotifications(a, transport(), options),
          deliverNotifications(b, transport(), options),
          deliverNotifications(a, transport(), options),
          deliverNotifications(b, transport(), options),
        ]);
        sent += results.reduce((n, r) => n + r.sent, 0);
      }
      expect(sent).toBe(NOTICES);
      expect(received).toHaveLength(NOTICES);
      for (const id of ids)
        expect(
          received.filter((m) => m.includes(id)),
          id,
        ).toHaveLength(1);
    }, 120_000);

    it('when a file is stored in the blob table by one instance, then the other reads the same bytes', async () => {
      const [a, b] = dbs;
      if (!a || !b) throw new Error('two instances');
      const ctx = createApp({ db: a }).locals.ctx;
      const record = await startCase(
        ctx,
        { username: 'staff', role: 'staff' },
        { service: 'licence', channel: 'office' },
      );
      const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256));
      await a.transaction(async (t) => {
        await a.sequelize.query(
          `INSERT INTO attachments (id, "caseId", name, type, size, sha256, "createdBy", "createdAt")
         VALUES ('blob-check', :caseId, 'x.bin', 'application/pdf', :size, 'x', 'staff', :at)`,
          { replacements: { caseId: record.id, size: bytes.length, at: new Date() }, transaction: t },
        );
        await databaseBlobStore(a).put('blob-check', bytes, t);
      });
      const back = await databaseBlobStore(b).get('blob-check');
      expect(back?.equals(bytes)).toBe(true);
    });
  },
);
