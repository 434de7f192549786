import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../runtime/definitions/index';
import { createApp } from '../app';
import { ROOT } from '../drills/serverProcess';
import { notificationsRepository } from '../repositories/notifications';
import { ADULT, licenceDefinitions } from '../test/fixtures';
import { bearer, startTestServer, type TestServer } from '../test/harness';
import { deliverNotifications, DEFAULT_MAILER } from './mailer';

interface Received {
  to: string;
  data: string;
}

/** A real SMTP server in this process; `refuse` makes it answer every message with 451. */
function smtpServer() {
  const received: Received[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        if (state.refuse) return callback(Object.assign(new Error('mailbox busy'), { responseCode: 451 }));
        // quoted-printable soft line breaks undone, so a case id reads whole
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          data: data.replace(/=\r?\n/g, ''),
        });
        callback();
      });
    },
  });
  return { server, received, state };
}

let server: TestServer;
let smtp: ReturnType<typeof smtpServer>;
let port: number;
const options = {
  ...DEFAULT_MAILER,
  from: 'qagida@example.test',
  backoffMs: 60_000,
  maxAttempts: 3,
  lang: 'en' as const,
};

beforeAll(async () => {
  const template = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'definitions/templates/notice-overdue.json'), 'utf8'),
  ) as Template;
  const defs = licenceDefinitions();
  defs.form.fields.push({ key: 'email', type: 'text', label: { en: 'E-mail' } });
  defs.service.applicantEmail = 'email';
  defs.service.notices = [
    { on: 'submitted', to: ['creator', 'applicant'] },
    { on: 'decided', to: ['applicant'] },
  ];
  const noticeOf = (id: string) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, `definitions/templates/${id}.json`), 'utf8')) as Template;
  server = await startTestServer({
    definitions: {
      ...defs,
      notice: template,
      submitted: noticeOf('notice-submitted'),
      decided: noticeOf('notice-decided'),
    },
  });
  await server.db.write(`UPDATE users SET email = 'staff@example.test' WHERE username = 'staff'`);
  smtp = smtpServer();
  await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  await server.close();
});

const transport = () => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });

/** Raises `n` overdue notices to staff, as the overdue sweep does. */
async function raise(n: number, recipient = 'staff'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const started = await request(server.app)
      .post('/api/cases')
      .set(bearer(server.tokens.staff))
      .send({ service: 'licence', channel: 'office' });
    ids.push(started.body.id);
    await server.db.transaction((t) =>
      notificationsRepository(server.db).claim(
        {
          caseId: started.body.id,
          deadline: `result@${i}`,
          kind: 'overdue',
          dueAt: server.clock.now,
          recipient,
          payload: { deadline: 'result', due: server.clock.now.toISOString(), step: 'review' },
          at: server.clock.now,
        },
        t,
      ),
    );
  }
  return ids;
}

describe('delivering the outbox over SMTP', () => {
  it('when two instances sweep the outbox at once, then each notice arrives exactly once, in the message text of its definition', async () => {
    const cases = await raise(6);
    const a = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
    const b = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
    const [one, two] = await Promise.all([
      deliverNotifications(a, transport(), options),
      deliverNotifications(b, transport(), options),
    ]);
    expect(one.sent + two.sent).toBe(6);
    expect(smtp.received).toHaveLength(6);
    for (const id of cases) expect(smtp.received.filter((m) => m.data.includes(id))).toHaveLength(1);
    expect(smtp.received[0]?.to).toBe('staff@example.test');
    expect(smtp.received[0]?.data).toContain('Subject: Overdue: result');
    // a second sweep finds nothing left to send
    expect((await deliverNotifications(a, transport(), options)).sent).toBe(0);
    expect(smtp.received).toHaveLength(6);
  });

  it('when the SMTP server refuses, then the notice is retried with growing waits and marked failed after N, for admins to see', async () => {
    smtp.received.length = 0;
    const [caseId] = await raise(1);
    const ctx = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
    smtp.state.refuse = true;
    const started = server.clock.now;
    try {
      expect(await deliverNotifications(ctx, transport(), options)).toMatchObject({ retried: 1 });
      // not before the back-off has passed
      expect(await deliverNotifications(ctx, transport(), options)).toMatchObject({ retried: 0, failed: 0 });
      server.clock.now = new Date(started.getTime() + 60_000);
      expect(await deliverNotifications(ctx, transport(), options)).toMatchObject({ retried: 1 });
      server.clock.now = new Date(started.getTime() + 60_000 + 60_000);
      expect(await deliverNotifications(ctx, transport(), options)).toMatchObject({ retried: 0 }); // waits 2 min now
      server.clock.now = new Date(started.getTime() + 60_000 + 120_000);
      expect(await deliverNotifications(ctx, transport(), options)).toMatchObject({ failed: 1 });
    } finally {
      smtp.state.refuse = false;
    }
    const admin = await request(createApp({ db: server.db, now: () => server.clock.now }))
      .get('/api/notifications?status=failed')
      .set(bearer(server.tokens.admin));
    expect(admin.status).toBe(200);
    const failed = (admin.body.notifications as { caseId: string; attempts: number; lastError: string }[]).find(
      (n) => n.caseId === caseId,
    );
    expect(failed).toMatchObject({ attempts: 3 });
    expect(failed?.lastError).toMatch(/451|busy/);
    expect(smtp.received).toHaveLength(0);

    // the admin sends it again once the mailbox answers: it arrives, and the audit says who asked
    const notice = failed as unknown as { id: number };
    const staffTry = await request(server.app)
      .post(`/api/notifications/${notice.id}/retry`)
      .set(bearer(server.tokens.staff));
    expect(staffTry.status).toBe(403);
    const retried = await request(server.app)
      .post(`/api/notifications/${notice.id}/retry`)
      .set(bearer(server.tokens.admin));
    expect(retried.status).toBe(200);
    const again = await request(server.app)
      .post(`/api/notifications/${notice.id}/retry`)
      .set(bearer(server.tokens.admin));
    expect(again.status).toBe(409); // it is no longer failed
    expect(await deliverNotifications(ctx, transport(), options)).toMatchObject({ sent: 1 });
    expect(smtp.received.filter((m) => m.data.includes(caseId!))).toHaveLength(1);
    const audit = await request(server.app)
      .get('/api/audit?action=notification.retry')
      .set(bearer(server.tokens.admin));
    expect(audit.body.entries[0]).toMatchObject({ actor: 'admin', entityId: String(notice.id) });
  });

  it('when the service asks for notices of submission and decision, then staff and the applicant get them', async () => {
    smtp.received.length = 0;
    const staff = bearer(server.tokens.staff);
    const started = await request(server.app)
      .post('/api/cases')
      .set(staff)
      .send({ service: 'licence', channel: 'office', data: { ...ADULT, email: 'asel@example.test' } });
    const id = started.body.id as string;
    await request(server.app).post(`/api/cases/${id}/submit`).set(staff).send({});
    await request(server.app).post(`/api/cases/${id}/actions/issue`).set(staff).send({});
    const ctx = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
    expect(await deliverNotifications(ctx, transport(), options)).toMatchObject({ sent: 3 });
    const mine = smtp.received.filter((m) => m.data.includes(id));
    expect(mine.map((m) => m.to).sort()).toEqual(['asel@example.test', 'asel@example.test', 'staff@example.test']);
    expect(mine.some((m) => m.data.includes(`Subject: Application received: ${id}`))).toBe(true);
    expect(mine.some((m) => m.data.includes('issued'))).toBe(true);
  });

  it('when the recipient has no e-mail address, then it is not sent and counts as a failed attempt', async () => {
    await raise(1, 'analyst');
    const ctx = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
    const result = await deliverNotifications(ctx, transport(), { ...options, maxAttempts: 1 });
    expect(result).toMatchObject({ sent: 0, failed: 1 });
  });
});
