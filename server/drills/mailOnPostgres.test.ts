import { postgresRunnable } from './postgresRequired';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { createApp } from '../app';
import { openDatabase, type Db } from '../db/connection';
import { databaseBlobStore } from '../storage/blobStore';
import { ADULT } from '../test/fixtures';
import { startMailbox, type Mail, type Mailbox } from '../test/mailbox';
import { noticedLicence } from '../test/noticeFixtures';
import { startCase } from '../usecases/cases';
import { DRILL_PASSWORD, seedDrillDatabase } from './drillData';
import { PostgresCluster } from './postgresCluster';
import { call, freePort, ServerProcess, signIn, sleep } from './serverProcess';

// like the scale-out drill: runs as root with Debian's PostgreSQL, and under CI=true fails rather than skips
const runnable = postgresRunnable('the PostgreSQL mail and blob drill');

const CASES = 16;
let cluster: PostgresCluster | undefined;
let db: Db | undefined;
let url = '';
let mailbox: Mailbox | undefined;
const instances: ServerProcess[] = [];

beforeAll(async () => {
  if (!runnable) return;
  mailbox = await startMailbox();
  cluster = await PostgresCluster.start();
  url = cluster.createDatabase('qagida_mail');
  // the service tells its creator and the applicant of the submission, and the creator of a passed term
  db = await seedDrillDatabase(
    url,
    noticedLicence(
      [
        { on: 'submitted', to: ['creator', 'applicant'] },
        { on: 'overdue', to: ['creator'] },
      ],
      {},
    ),
  );
  await db.sequelize.query(`UPDATE users SET email = 'staff@example.test' WHERE username = 'staff'`);
  // two real server processes, each sweeping deadlines and delivering the outbox every few milliseconds
  const env = {
    DATABASE_URL: url,
    QAGIDA_DEMO_PASSWORD: DRILL_PASSWORD,
    QAGIDA_SWEEP_INTERVAL_MS: '100',
    QAGIDA_SMTP_URL: mailbox.url,
    QAGIDA_MAIL_INTERVAL_MS: '50',
  };
  instances.push(new ServerProcess(await freePort(), env), new ServerProcess(await freePort(), env));
  await Promise.all(instances.map((i) => i.start()));
}, 180_000);

afterAll(async () => {
  try {
    await Promise.all(instances.map((i) => i.kill('SIGTERM')));
    await db?.close();
    await mailbox?.close();
  } finally {
    cluster?.stop();
  }
}, 60_000);

describe.skipIf(!runnable)(
  'documents drill on PostgreSQL: two server processes share the outbox and the blob table',
  () => {
    it(`when two processes sweep and deliver at once, then each notice of ${CASES} cases arrives exactly once, in the case's language`, async () => {
      const [A, B] = instances.map((i) => i.url);
      const token = await signIn(A!, 'staff', DRILL_PASSWORD);
      const cases: { id: string; lang: 'kk' | 'ru' }[] = [];
      for (let i = 0; i < CASES; i++) {
        const via = i % 2 === 0 ? A! : B!;
        const lang = i % 2 === 0 ? 'kk' : 'ru';
        const headers = { 'Accept-Language': lang };
        const started = await call(
          via,
          token,
          'POST',
          '/api/cases',
          {
            service: 'licence',
            channel: 'office',
            data: { ...ADULT, applicantName: `Mail ${i}`, email: `applicant${i}@example.test` },
          },
          headers,
        );
        expect(started.status).toBe(201);
        const id = String(started.body.id);
        const submitted = await call(via, token, 'POST', `/api/cases/${id}/submit`, {}, headers);
        expect(submitted.body).toMatchObject({ status: 'in-progress' });
        cases.push({ id, lang });
      }
      // the clock of the processes is the real one: move the result term of these cases into the past
      const past = new Date(Date.now() - 3600_000);
      await db!.models.Case.update(
        { deadlines: [{ id: 'result', due: past.toISOString() }], nextDueAt: past },
        { where: { id: cases.map((c) => c.id) } },
      );

      // per case: the submission to staff and to the applicant, the passed term to staff
      const expected = CASES * 3;
      const waitUntil = Date.now() + 60_000;
      while (mailbox!.received.length < expected && Date.now() < waitUntil) await sleep(50);
      await sleep(1_500); // both processes sweep and deliver many more times over the same outbox
      expect(mailbox!.received).toHaveLength(expected);

      const about = (id: string) =>
        mailbox!.received.filter((m: Mail) => m.text.includes(id) || m.subject.includes(id));
      for (const [i, c] of cases.entries()) {
        const mine = about(c.id);
        expect(mine.map((m) => m.to.join(',')).sort(), c.id).toEqual([
          `applicant${i}@example.test`,
          'staff@example.test',
          'staff@example.test',
        ]);
        const [received, overdue] =
          c.lang === 'kk' ? ['Өтініш қабылданды: ', 'Мерзімі өтті: '] : ['Заявление принято: ', 'Срок истёк: '];
        expect(
          mine.filter((m) => m.subject.startsWith(received!)),
          c.id,
        ).toHaveLength(2);
        expect(
          mine.filter((m) => m.subject.startsWith(overdue!)),
          c.id,
        ).toHaveLength(1);
      }
      const [row] = await db!.sequelize.query<{ sent: string; waiting: string }>(
        `SELECT COUNT("sentAt") AS sent, COUNT(*) - COUNT("sentAt") AS waiting FROM notifications`,
        { type: QueryTypes.SELECT },
      );
      expect({ sent: Number(row!.sent), waiting: Number(row!.waiting) }).toEqual({ sent: expected, waiting: 0 });
    }, 120_000);

    it('when a file is stored in the blob table through one connection pool, then another reads the same bytes', async () => {
      const other = await openDatabase(url);
      try {
        const ctx = createApp({ db: db! }).locals.ctx;
        const record = await startCase(
          ctx,
          { username: 'staff', role: 'staff' },
          { service: 'licence', channel: 'office' },
        );
        const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256));
        await db!.transaction(async (t) => {
          await db!.sequelize.query(
            `INSERT INTO attachments (id, "caseId", name, type, size, sha256, "createdBy", "createdAt")
         VALUES ('blob-check', :caseId, 'x.bin', 'application/pdf', :size, 'x', 'staff', :at)`,
            { replacements: { caseId: record.id, size: bytes.length, at: new Date() }, transaction: t },
          );
          await databaseBlobStore(db!).put('blob-check', bytes, t);
        });
        const back = await databaseBlobStore(other).get('blob-check');
        expect(back?.equals(bytes)).toBe(true);
      } finally {
        await other.close();
      }
    });
  },
);
