import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { ADULT, MINOR } from '../test/fixtures';
import { DRILL_PASSWORD, snapshotCases, verifyAuditCli, wholeness } from './drillData';
import { drillServer } from './drillServer';
import { call, signIn, sleep } from './serverProcess';

const CYCLES = 20;
const WORKERS = 6;

const drill = drillServer('qagida-durability-');

describe('durability drill: the server is killed (SIGKILL) while it takes submissions', () => {
  it(`when killed ${CYCLES} times mid-load and restarted, then every acknowledged submission is there and whole, and the audit log agrees`, async () => {
    const acknowledged = new Set<string>();
    const stats = { starts: [] as number[], submitted: 0, lost: 0, killedInFlight: 0, cycleMs: [] as number[] };
    let token = '';
    let previous: string[] = [];

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const began = Date.now();
      stats.starts.push(await drill.server.start());
      token ||= await signIn(drill.server.url, 'staff', DRILL_PASSWORD);

      // what was acknowledged before the last kill is served by the restarted process
      const reread = await Promise.all(previous.map((id) => call(drill.server.url, token, 'GET', `/api/cases/${id}`)));
      const gone = reread.filter((r) => r.status !== 200 || r.body.status === 'draft');
      expect(gone, `acknowledged before kill ${cycle} but not there after restart`).toEqual([]);

      let stop = false;
      let inFlight = 0;
      let ackedThisCycle: string[] = [];
      let underWay: () => void = () => undefined;
      const loaded = new Promise<void>((resolve) => (underWay = resolve));
      const worker = async (n: number) => {
        for (let i = 0; !stop; i++) {
          const data = (n + i) % 4 === 0 ? { ...MINOR, applicantName: `m${cycle}-${n}-${i}` } : ADULT;
          inFlight++;
          const started = await call(drill.server.url, token, 'POST', '/api/cases', {
            service: 'licence',
            channel: 'office',
          });
          inFlight--;
          if (started.status === 0) return; // killed
          if (started.status !== 201)
            throw new Error(`start answered ${started.status}: ${JSON.stringify(started.body)}`);
          const id = String(started.body.id);
          inFlight++;
          const res = await call(drill.server.url, token, 'POST', `/api/cases/${id}/submit`, { data });
          inFlight--;
          if (res.status >= 200 && res.status < 300) {
            acknowledged.add(id);
            ackedThisCycle.push(id);
            stats.submitted++;
            if (ackedThisCycle.length >= 5) underWay();
          } else if (res.status === 0) {
            stats.lost++; // the answer never came: either outcome is allowed, but it must be whole
            return;
          } else {
            throw new Error(`submit answered ${res.status}: ${JSON.stringify(res.body)}`);
          }
        }
      };
      const workers = Array.from({ length: WORKERS }, (_, n) => worker(n));

      // kill once the load is well under way: every other cycle the instant an answer arrives (an answer
      // sent before its commit is then lost), the others at a moment that varies
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([loaded, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
      clearTimeout(timer);
      expect(ackedThisCycle.length, `no progress in cycle ${cycle}:\n${drill.server.log()}`).toBeGreaterThanOrEqual(5);
      if (cycle % 2 === 1) await sleep(Math.floor(Math.random() * 400));
      if (inFlight > 0) stats.killedInFlight++;
      await drill.server.kill('SIGKILL');
      stop = true;
      await Promise.all(workers);
      previous = ackedThisCycle;
      ackedThisCycle = [];
      stats.cycleMs.push(Date.now() - began);
    }

    const db = await openDatabase(drill.url);
    try {
      const cases = await snapshotCases(db);
      const missing = [...acknowledged].filter((id) => {
        const c = cases.get(id);
        return !c || c.status === 'draft';
      });
      expect(missing, 'acknowledged submissions that were lost').toEqual([]);
      const problems = [...cases.values()].flatMap(wholeness);
      expect(problems, 'half-written cases').toEqual([]);
      const submittedCount = [...cases.values()].filter((c) => c.status !== 'draft').length;
      expect(submittedCount).toBeGreaterThanOrEqual(acknowledged.size);
    } finally {
      await db.close();
    }
    const verified = await verifyAuditCli(drill.url);
    expect(verified, verified.output).toMatchObject({ code: 0 });
    expect(verified.output).toMatch(/audit log intact/);

    // most kills must land while requests are in flight, or the drill proves little
    expect(stats.killedInFlight).toBeGreaterThanOrEqual(CYCLES * 0.75);
    const avg = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
    console.info(
      `durability drill: ${CYCLES} kills, ${stats.submitted} acknowledged submissions, ${stats.lost} answers lost at a kill, ` +
        `${stats.killedInFlight} kills with requests in flight; start ${avg(stats.starts)} ms avg, cycle ${avg(stats.cycleMs)} ms avg`,
    );
  }, 540_000);
});
