import { beforeAll, describe, expect, it } from 'vitest';
import { DRILL_PASSWORD } from './drillData';
import { drillServer } from './drillServer';
import { call, signIn } from './serverProcess';

const FLOODERS = 8;
const READS = 40;

// behind a (loopback) reverse proxy: each flood request claims another client address
const drill = drillServer('qagida-flood-', { QAGIDA_TRUSTED_PROXY: 'loopback' });
let token = '';
beforeAll(async () => {
  await drill.server.start();
  token = await signIn(drill.server.url, 'staff', DRILL_PASSWORD);
}, 120_000);

/** `READS` sequential case-list reads: their 90th and 99th percentiles, in ms. */
async function readTimes(): Promise<{ p90: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < READS; i++) {
    const began = performance.now();
    const res = await call(drill.server.url, token, 'GET', '/api/cases');
    times.push(performance.now() - began);
    expect(res.status).toBe(200);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.ceil(times.length * q) - 1] as number;
  return { p90: at(0.9), p99: at(0.99) };
}

describe('sign-in flood drill: anonymous floods cannot starve signed-in users', () => {
  it(`when ${FLOODERS} anonymous loops sign in with rotating usernames and addresses, then a signed-in user's p90 stays within 10× its unloaded value`, async () => {
    await readTimes(); // warm up
    const unloaded = await readTimes();
    let stop = false;
    const statuses = new Map<number, number>();
    const flood = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const res = await fetch(`${drill.server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${n}.${(i >> 8) & 255}.${i & 255}` },
          body: JSON.stringify({ username: `guess-${n}-${i}`, password: 'not-the-password' }),
        }).catch(() => undefined);
        await res?.arrayBuffer();
        statuses.set(res?.status ?? 0, (statuses.get(res?.status ?? 0) ?? 0) + 1);
      }
    };
    const floods = Array.from({ length: FLOODERS }, (_, n) => flood(n));
    // let the flood build up before measuring
    await new Promise((resolve) => setTimeout(resolve, 500));
    const loaded = await readTimes();
    stop = true;
    await Promise.all(floods);
    console.info(
      `sign-in flood: p90/p99 ${unloaded.p90.toFixed(1)}/${unloaded.p99.toFixed(1)} ms unloaded, ${loaded.p90.toFixed(1)}/${loaded.p99.toFixed(1)} ms under ${FLOODERS} floods; answers ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    // starved reads were all slow (p99 9 ms -> 2,061 ms before the hashing queue), so the 90th percentile shows it;
    // the 99th of 40 reads is their slowest, one scheduler hiccup on two cores shared with every other suite.
    // A floor of 5 ms: a sub-millisecond baseline is scheduler noise.
    expect(loaded.p90).toBeLessThanOrEqual(10 * Math.max(unloaded.p90, 5));
    // every flood attempt was answered as a refusal: wrong password, limited or busy, never a server error
    expect([...statuses.keys()].every((s) => s === 401 || s === 429 || s === 503)).toBe(true);
  }, 120_000);
});
