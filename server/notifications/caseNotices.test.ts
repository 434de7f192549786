import nodemailer from 'nodemailer';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { sweepOverdue } from '../jobs/overdueSweep';
import { ADULT } from '../test/fixtures';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from '../test/harness';
import { startMailbox, type Mail, type Mailbox } from '../test/mailbox';
import { noticedLicence } from '../test/noticeFixtures';
import { deliverNotifications, DEFAULT_MAILER } from './mailer';

// Who is told is data: the service's `notices`, read from the version the case pinned.
let server: TestServer;
let mailbox: Mailbox;
const DAY = 24 * 3600_000;
const tokens: Record<string, string> = {};
const options = { ...DEFAULT_MAILER, from: 'qagida@example.test', lang: 'en' as const };

beforeAll(async () => {
  server = await startTestServer({
    now: '2025-06-02T05:00:00Z',
    definitions: noticedLicence([
      { on: 'submitted', to: ['applicant', 'group'] },
      { on: 'decided', to: ['applicant', 'creator', 'assignee'] },
      { on: 'overdue', to: ['assignee', 'group'] },
    ]),
  });
  mailbox = await startMailbox();
  const admin = bearer(server.tokens.admin);
  // staff and a second clerk work in the office; the admin, with an address too, is in no group
  const clerk = await request(server.app)
    .post('/api/users')
    .set(admin)
    .send({ username: 'clerk2', password: DEMO_PASSWORD, role: 'staff' });
  expect(clerk.status).toBe(201);
  for (const username of ['staff', 'clerk2']) {
    expect(
      (
        await request(server.app)
          .put(`/api/users/${username}`)
          .set(admin)
          .send({ groups: ['office'] })
      ).status,
    ).toBe(200);
  }
  // each gets an address through the users API
  const users = (await request(server.app).get('/api/users').set(admin)).body.users as {
    id: number;
    username: string;
  }[];
  for (const user of users)
    expect(
      (
        await request(server.app)
          .patch(`/api/users/${user.id}`)
          .set(admin)
          .send({ email: `${user.username}@example.test` })
      ).status,
    ).toBe(200);
  await signInAll();
});
afterAll(async () => {
  await mailbox?.close();
  await server?.close();
});

/** Sessions last hours: after the clock moves, everyone signs in again (and sees their groups). */
async function signInAll() {
  for (const username of ['staff', 'clerk2', 'admin']) {
    const res = await request(server.app).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
    tokens[username] = res.body.token as string;
  }
}

const transport = () => nodemailer.createTransport({ url: mailbox.url, ignoreTLS: true } as never);
/** Two instances on the same SQLite file deliver the outbox at once. */
async function deliverTwice() {
  const a = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
  const b = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
  const results = await Promise.all([
    deliverNotifications(a, transport(), options),
    deliverNotifications(b, transport(), options),
  ]);
  return results.reduce((n, r) => n + r.sent, 0);
}

async function submit(lang: 'kk' | 'ru', data: Record<string, unknown>): Promise<{ id: string; number: string }> {
  const started = await request(server.app)
    .post('/api/cases')
    .set(bearer(tokens.staff!))
    .set('Accept-Language', lang)
    .send({ service: 'licence', channel: 'office', data });
  expect(started.status).toBe(201);
  const res = await request(server.app)
    .post(`/api/cases/${started.body.id}/submit`)
    .set(bearer(tokens.staff!))
    .set('Accept-Language', lang)
    .send({});
  expect(res.status).toBe(200);
  return { id: res.body.id, number: res.body.number };
}

const about = (c: { id: string }) => (m: Mail) => m.text.includes(c.id) || m.subject.includes(c.id);
const addressees = (mails: Mail[]) => mails.flatMap((m) => m.to).sort();

describe('notices as the service definition declares them', () => {
  let kk: { id: string; number: string };
  let ru: { id: string; number: string };

  it('when a case is submitted in Kazakh with an applicant address, then the applicant and each member of the step’s group get one notice, in Kazakh', async () => {
    kk = await submit('kk', { ...ADULT, email: 'asel@example.test' });
    expect(await deliverTwice()).toBe(3);
    const mine = mailbox.received.filter(about(kk));
    expect(addressees(mine)).toEqual(['asel@example.test', 'clerk2@example.test', 'staff@example.test']);
    for (const m of mine) expect(m.subject).toBe(`Өтініш қабылданды: ${kk.id}`);
  });

  it('when a case is submitted in Russian without an applicant address, then only the group is told, in Russian', async () => {
    ru = await submit('ru', ADULT);
    expect(await deliverTwice()).toBe(2);
    const mine = mailbox.received.filter(about(ru));
    expect(addressees(mine)).toEqual(['clerk2@example.test', 'staff@example.test']);
    for (const m of mine) expect(m.subject).toBe(`Заявление принято: ${ru.id}`);
  });

  it('when terms pass and two instances sweep and deliver at once, then the assignee and the group get each overdue notice once, in the case’s language', async () => {
    const claimed = await request(server.app).post(`/api/cases/${kk.id}/claim`).set(bearer(tokens.clerk2!)).send({});
    expect(claimed.status).toBe(200);
    server.clock.now = new Date(server.clock.now.getTime() + 21 * DAY);
    await signInAll();
    const a = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
    const b = createApp({ db: server.db, now: () => server.clock.now }).locals.ctx;
    await Promise.all([sweepOverdue(a), sweepOverdue(b), sweepOverdue(a)]);
    const before = mailbox.received.length;
    // two terms (the result, the review step's limit) each: assignee clerk2 and the group {staff, clerk2}, clerk2 once
    expect(await deliverTwice()).toBe(8);
    const overdue = mailbox.received.slice(before);
    expect(addressees(overdue.filter(about(kk)))).toEqual([
      'clerk2@example.test',
      'clerk2@example.test',
      'staff@example.test',
      'staff@example.test',
    ]);
    expect(overdue.filter(about(kk)).every((m) => m.subject.startsWith('Мерзімі өтті: '))).toBe(true);
    expect(overdue.filter(about(ru)).every((m) => m.subject.startsWith('Срок истёк: '))).toBe(true);
    expect(overdue.filter(about(ru))).toHaveLength(4);
    // sweeping and delivering again sends nothing more
    await Promise.all([sweepOverdue(a), sweepOverdue(b)]);
    expect(await deliverTwice()).toBe(0);
  });

  it('when the assignee decides, then the applicant, the creator and the assignee are told once, in the case’s language', async () => {
    const before = mailbox.received.length;
    const issued = await request(server.app)
      .post(`/api/cases/${kk.id}/actions/issue`)
      .set(bearer(tokens.clerk2!))
      .set('Accept-Language', 'en') // the decider's language is not the case's
      .send({});
    expect(issued.body.status).toBe('done');
    expect(await deliverTwice()).toBe(3);
    const decided = mailbox.received.slice(before);
    expect(addressees(decided)).toEqual(['asel@example.test', 'clerk2@example.test', 'staff@example.test']);
    for (const m of decided) {
      expect(m.subject).toBe(`Шешім қабылданды: ${kk.id}`);
      expect(m.text).toContain('issued');
    }
  });

  it('then no one got any notice twice', () => {
    const keys = mailbox.received.map((m) => `${m.to.join(',')} ${m.subject} ${m.text}`);
    expect(keys).toHaveLength(3 + 2 + 8 + 3);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
