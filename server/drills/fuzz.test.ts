import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT, licenceDefinitions } from '../test/fixtures';
import { bearer, startTestServer, type TestServer } from '../test/harness';
import { databaseDigest } from './databaseDigest';
import { malformedRequests, type MalformedRequest } from './malformedRequests';
import { seededRandom } from './seededRandom';

const COUNT = Number(process.env.QAGIDA_FUZZ_COUNT ?? 10_000);
const SEED = Number(process.env.QAGIDA_FUZZ_SEED ?? 20250602);

let server: TestServer;
let draftCase: string;
let submittedCase: string;

beforeAll(async () => {
  server = await startTestServer();
  const api = request(server.app);
  const staff = bearer(server.tokens.staff);
  draftCase = (await api.post('/api/cases').set(staff).send({ service: 'licence', channel: 'office' })).body.id;
  const started = await api.post('/api/cases').set(staff).send({ service: 'licence', channel: 'office', data: ADULT });
  submittedCase = started.body.id;
  expect((await api.post(`/api/cases/${submittedCase}/submit`).set(staff).send({})).status).toBe(200);
  // a draft that names a form nobody published: publishing it must be refused
  const service = { ...licenceDefinitions().service, form: 'no-such-form' };
  const draft = await api.put('/api/definitions/service/licence/draft').set(bearer(server.tokens.admin)).send(service);
  expect(draft.status).toBe(200);
});
afterAll(() => server.close());

function send(r: MalformedRequest) {
  let call = request(server.app)[r.method](r.url);
  if (r.role) call = call.set(bearer(server.tokens[r.role]));
  for (const [key, value] of Object.entries(r.headers ?? {})) call = call.set(key, value);
  if (r.text !== undefined) return call.set('Content-Type', r.contentType ?? 'application/json').send(r.text);
  if (r.json !== undefined) {
    // JSON.stringify keeps own `__proto__` keys, which supertest's own serialization would too; be explicit
    return call.set('Content-Type', 'application/json').send(JSON.stringify(r.json) ?? 'null');
  }
  return call;
}

const isPointer = (p: unknown) => typeof p === 'string' && (p === '' || p.startsWith('/'));

describe(`fuzzing: ${COUNT} malformed definitions and request bodies (seed ${SEED})`, () => {
  it('when every request is malformed, then every answer is a 4xx error body and the database is unchanged', async () => {
    const before = await databaseDigest(server.db);
    const requests = malformedRequests(COUNT, seededRandom(SEED), {
      draftCase,
      submittedCase,
      form: licenceDefinitions().form,
    });
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const started = Date.now();
    for (const [index, r] of requests.entries()) {
      const res = await send(r);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const ok4xx = res.status >= 400 && res.status < 500;
      const okStatus = r.expect === '4xx' ? ok4xx : res.status < 500;
      const error = res.body?.error;
      const okBody =
        res.status < 400 ||
        (typeof error?.code === 'string' &&
          typeof error?.message === 'string' &&
          Array.isArray(error?.details) &&
          error.details.every(
            (d: { path?: unknown; message?: unknown }) => isPointer(d.path) && typeof d.message === 'string',
          ) &&
          (res.status !== 422 || error.details.length > 0));
      if (!okStatus || !okBody) {
        failures.push(
          `#${index} ${r.label}: ${r.method.toUpperCase()} ${r.url.slice(0, 120)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)} ` +
            `(sent ${(r.text ?? JSON.stringify(r.json) ?? '').slice(0, 200)})`,
        );
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `fuzz: ${COUNT} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(await databaseDigest(server.db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 180_000);
});
