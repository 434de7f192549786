import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { openDatabase, type Db } from '../db/connection';
import { migrator } from '../db/migrate';
import { notificationsRepository } from '../repositories/notifications';
import { ADULT, licenceDefinitions } from '../test/fixtures';
import { noticedLicence } from '../test/noticeFixtures';
import { DRILL_PASSWORD, seedDrillDatabase, snapshotCases, verifyAuditCli, wholeness } from './drillData';
import { PostgresCluster } from './postgresCluster';
import { postgresRunnable } from './postgresRequired';
import { call, freePort, ServerProcess, signIn, sleep } from './serverProcess';

// initdb refuses root and runuser needs it: the drill runs as root with Debian's PostgreSQL (CI installs it)
// under CI=true a missing PostgreSQL fails the drill instead of skipping it
const runnable = postgresRunnable('the scale-out drill');

const SWEEP_MS = 100;

let cluster: PostgresCluster | undefined;
let db: Db | undefined;
let url = '';
const instances: ServerProcess[] = [];
const tokens = { admin: '', analyst: '', staff: '' };

beforeAll(async () => {
  if (!runnable) return;
  const began = Date.now();
  cluster = await PostgresCluster.start();
  url = cluster.createDatabase('qagida');
  // the service tells the case's creator of a passed term
  db = await seedDrillDatabase(url, noticedLicence([{ on: 'overdue', to: ['creator'] }], {}));
  const env = { DATABASE_URL: url, QAGIDA_DEMO_PASSWORD: DRILL_PASSWORD, QAGIDA_SWEEP_INTERVAL_MS: String(SWEEP_MS) };
  instances.push(new ServerProcess(await freePort(), env), new ServerProcess(await freePort(), env));
  await Promise.all(instances.map((i) => i.start()));
  for (const who of ['admin', 'analyst', 'staff'] as const)
    tokens[who] = await signIn(instances[0]!.url, who, DRILL_PASSWORD);
  console.info(`scale-out drill: PostgreSQL and two instances up in ${Date.now() - began} ms`);
}, 180_000);

afterAll(async () => {
  try {
    await Promise.all(instances.map((i) => i.kill('SIGTERM')));
    await db?.close();
  } finally {
    cluster?.stop();
  }
}, 60_000);

const [A, B] = [0, 1].map((n) => () => instances[n]!.url);

describe.runIf(runnable)('scale-out drill: two server processes on one PostgreSQL', () => {
  it('when two instances start together on an empty database, then it is migrated and seeded once and both serve', async () => {
    const coldUrl = cluster!.createDatabase('qagida_cold');
    const env = { DATABASE_URL: coldUrl, QAGIDA_DEMO_PASSWORD: DRILL_PASSWORD, QAGIDA_SWEEP_INTERVAL_MS: '0' };
    const cold = [new ServerProcess(await freePort(), env), new ServerProcess(await freePort(), env)];
    try {
      await Promise.all(cold.map((i) => i.start()));
      const token = await signIn(cold[1]!.url, 'admin', DRILL_PASSWORD);
      for (const instance of cold) {
        expect((await call(instance.url, token, 'GET', '/api/health')).body).toMatchObject({ database: 'postgres' });
      }
      const coldDb = await openDatabase(coldUrl);
      try {
        const count = async (sql: string) =>
          Number((await coldDb.sequelize.query<{ n: string }>(sql, { type: QueryTypes.SELECT }))[0]!.n);
        expect(await count('SELECT COUNT(*) AS n FROM users')).toBe(3);
        const heads = await count('SELECT COUNT(*) AS n FROM definitions_head');
        expect(heads).toBeGreaterThan(0);
        expect(await count(`SELECT COUNT(*) AS n FROM definitions WHERE status = 'published'`)).toBe(heads);
        expect(await count('SELECT COUNT(*) AS n FROM cases')).toBeLessThanOrEqual(2);
        expect(await count(`SELECT COUNT(*) AS n FROM "SequelizeMeta"`)).toBe(
          (await migrator(coldDb.sequelize).migrations(coldDb.sequelize.getQueryInterface())).length,
        );
      } finally {
        await coldDb.close();
      }
    } finally {
      await Promise.all(cold.map((i) => i.kill('SIGTERM')));
    }
  });

  it('when a session is opened on one instance, then the other accepts its token', async () => {
    expect((await call(B!(), tokens.staff, 'GET', '/api/health')).body).toMatchObject({ database: 'postgres' });
    expect((await call(B!(), tokens.staff, 'GET', '/api/cases')).status).toBe(200);
  });

  it('when a ruleset is published through one instance, then the next dry run on the other uses it', async () => {
    const evaluate = () =>
      call(B!(), tokens.staff, 'POST', '/api/rulesets/licence-rules/evaluate', { facts: { age: 30 } });
    expect((await evaluate()).body).toMatchObject({ version: 1, events: [] }); // B has version 1 cached

    const { ruleset } = licenceDefinitions();
    const [minor, ...rest] = ruleset.rules;
    const stricter = {
      ...ruleset,
      rules: [{ ...minor!, conditions: { all: [{ fact: 'age', operator: 'lessThan', value: 35 }] } }, ...rest],
    };
    // an analyst proposes, an admin publishes the revision reviewed (four eyes)
    const drafted = await call(A!(), tokens.analyst, 'PUT', '/api/definitions/ruleset/licence-rules/draft', stricter);
    expect(drafted.status).toBe(200);
    const published = await call(
      A!(),
      tokens.admin,
      'POST',
      '/api/definitions/ruleset/licence-rules/publish',
      {},
      {
        'If-Match': String(drafted.body.revision),
      },
    );
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);

    expect((await evaluate()).body).toMatchObject({ version: 2, events: [{ type: 'minor' }] });
  });

  it('when both instances save one draft at the same revision at once, then exactly one wins and the other answers 409', async () => {
    const { form } = licenceDefinitions();
    const route = '/api/definitions/form/licence-form/draft';
    const first = await call(A!(), tokens.analyst, 'PUT', route, form);
    expect(first.status).toBe(200);
    let revision = Number(first.body.revision);
    for (let round = 0; round < 8; round++) {
      const edit = (who: string) => ({ ...form, title: { en: `Licence application (${who} ${round})` } });
      const answers = await Promise.all([
        call(A!(), tokens.analyst, 'PUT', route, edit('A'), { 'If-Match': `"${revision}"` }),
        call(B!(), tokens.analyst, 'PUT', route, edit('B'), { 'If-Match': `"${revision}"` }),
      ]);
      expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([200, 409]);
      const winner = answers.find((a) => a.status === 200)!;
      expect(winner.body.revision).toBe(revision + 1);
      const stored = await call(B!(), tokens.analyst, 'GET', '/api/definitions/form/licence-form?draft=1');
      expect(stored.body).toMatchObject({
        revision: revision + 1,
        definition: { title: (winner.body.definition as { title: unknown }).title },
      });
      revision++;
    }
  });

  it('when deadlines pass while both instances sweep, then each case gets one overdue event and one notice, never two', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const via = i % 2 === 0 ? A! : B!;
      const started = await call(via(), tokens.staff, 'POST', '/api/cases', {
        service: 'licence',
        channel: 'office',
        data: { ...ADULT, age: 40, applicantName: `Sweep ${i}` }, // over the age limit published above
      });
      expect(started.status).toBe(201);
      const submitted = await call(via(), tokens.staff, 'POST', `/api/cases/${started.body.id}/submit`, {});
      expect(submitted.body).toMatchObject({ status: 'in-progress' });
      ids.push(String(started.body.id));
    }
    // the clock of the instances is the real one: move the result deadline of these cases into the past
    const past = new Date(Date.now() - 3600_000);
    await db!.models.Case.update(
      { deadlines: [{ id: 'result', due: past.toISOString() }], nextDueAt: past },
      { where: { id: ids } },
    );

    const notices = notificationsRepository(db!);
    const waitUntil = Date.now() + 30_000;
    while ((await notices.list({ kind: 'overdue' })).length < ids.length && Date.now() < waitUntil) await sleep(50);
    await sleep(SWEEP_MS * 10); // both instances sweep several more times over the same cases

    const raised = (await notices.list({ kind: 'overdue' })).filter((n) => ids.includes(n.caseId));
    expect(raised.map((n) => n.caseId).sort()).toEqual([...ids].sort());
    expect(raised.every((n) => n.deadline === `result@${past.toISOString()}`)).toBe(true);
    const cases = await snapshotCases(db!);
    for (const id of ids) {
      expect(cases.get(id)?.events.overdue, id).toBe(1);
      expect(cases.get(id)?.audit['case.overdue'], id).toBe(1);
    }
  });

  it('when both instances submit cases at once, then every case gets its own number, sequential without gaps', async () => {
    const starts = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        call((i % 2 === 0 ? A! : B!)(), tokens.staff, 'POST', '/api/cases', {
          service: 'licence',
          channel: 'office',
          data: { ...ADULT, applicantName: `Numbered ${i}` },
        }),
      ),
    );
    const submitted = await Promise.all(
      starts.map((s, i) => call((i % 2 === 0 ? B! : A!)(), tokens.staff, 'POST', `/api/cases/${s.body.id}/submit`, {})),
    );
    const numbers = submitted.map((s) => String(s.body.number));
    expect(new Set(numbers).size).toBe(numbers.length);
    const all = (await db!.models.Case.findAll({ attributes: ['number'], raw: true })) as unknown as {
      number: string | null;
    }[];
    const sequence = all
      .map((c) => c.number)
      .filter((n): n is string => n !== null)
      .map((n) => Number(n.slice(-6)))
      .sort((a, b) => a - b);
    expect(sequence).toEqual(sequence.map((_, i) => i + 1));
  });

  it('then every case is whole and the audit chain, written by both instances, verifies', async () => {
    const problems = [...(await snapshotCases(db!)).values()].flatMap(wholeness);
    expect(problems).toEqual([]);
    const verified = await verifyAuditCli(url);
    expect(verified, verified.output).toMatchObject({ code: 0 });
  });
});
