import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary, Form } from '../../runtime/definitions/types';
import { ADULT, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

// the licence fixture's form, grown with the language's new constructs (made-up content, not a regulation)
function definitions() {
  const defs = licenceDefinitions();
  const form: Form = {
    ...defs.form,
    fields: [
      ...defs.form.fields,
      {
        key: 'pages',
        type: 'choice',
        label: { en: 'Pages' },
        default: 36,
        options: [
          { value: 36, label: { en: '36' } },
          { value: 48, label: { en: '48' } },
        ],
      },
      { key: 'phones', type: 'list', itemType: 'phone', label: { en: 'Phones' }, maxItems: 2 },
      { key: 'visitTime', type: 'time', label: { en: 'Visit time' } },
      { key: 'note', type: 'text', label: { en: 'Note' } },
      { key: 'region', type: 'choice', label: { en: 'Region' }, dictionary: 'regions' },
      {
        key: 'why',
        type: 'text',
        label: { en: 'Why incomplete' },
        visibleWhen: { field: 'documentsComplete', equals: false },
      },
      { key: 'born', type: 'date', label: { en: 'Born' } },
      { key: 'years', type: 'integer', label: { en: 'Years' }, computed: { op: 'ageFromDate', from: 'born' } },
      { key: 'issued', type: 'date', label: { en: 'Issued' } },
      { key: 'expires', type: 'date', label: { en: 'Expires' } },
      {
        key: 'answerBy',
        type: 'date',
        label: { en: 'Answer by' },
        computed: { op: 'addWorkingDays', from: 'issued', days: 5, calendar: 'kz' },
      },
      {
        key: 'duty',
        type: 'number',
        label: { en: 'Duty, tenge' },
        computed: {
          op: 'fee',
          fee: {
            rows: [
              { when: [{ field: 'pages', equals: 36 }], amount: { amount: 4, unit: 'MRP' } },
              { when: [{ field: 'pages', equals: 48 }], amount: { amount: 8, unit: 'MRP' } },
            ],
          },
        },
      },
    ],
    checks: [
      {
        id: 'expiry-after-issue',
        op: 'gt',
        left: { field: 'expires' },
        right: { field: 'issued' },
        field: 'expires',
        message: {
          kk: 'Мерзімі берілген күннен кейін болуы тиіс',
          ru: 'Срок должен быть позже даты выдачи',
          en: 'Must be after the issue date',
        },
      },
    ],
  };
  const regions: Dictionary = {
    kind: 'dictionary',
    id: 'regions',
    title: { en: 'Regions' },
    options: [
      { code: '710000000', label: { en: 'Astana city' } },
      { code: '750000000', label: { en: 'Almaty city' } },
    ],
  };
  const mrp: Dictionary = {
    kind: 'dictionary',
    id: 'kz-mrp',
    title: { en: 'MRP' },
    options: [{ code: '2025', label: { en: '2025' }, amount: { amount: 3932, unit: 'KZT' } }],
  };
  return { ...defs, form, regions, mrp };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: '2025-06-02T05:00:00Z', definitions: definitions() });
});
afterAll(() => server.close());

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

async function start() {
  const res = await api().post('/api/cases').set(staff()).send({ service: 'licence', channel: 'office' });
  expect(res.status).toBe(201);
  return res.body as { id: string; data: Record<string, unknown> };
}

describe('the form language on the server (real SQLite)', () => {
  it("when a case starts, then its data holds the form's defaults, as the Desk shows them prefilled", async () => {
    const created = await start();
    expect(created.data).toEqual({ pages: 36 });
  });

  it('when a case is submitted, then asked-but-empty fields are stored as null and unasked ones are absent', async () => {
    const created = await start();
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      .send({
        data: { ...ADULT, pages: 48, phones: ['+7 701 111 22 33'], visitTime: '10:15', note: '', why: 'hidden' },
      });
    expect(res.status).toBe(200);
    const stored = (await api().get(`/api/cases/${created.id}`).set(staff())).body.data;
    expect(stored).toEqual({
      ...ADULT,
      pages: 48,
      phones: ['+7 701 111 22 33'],
      visitTime: '10:15',
      note: null,
      region: null,
      born: null,
      years: null,
      issued: null,
      expires: null,
      answerBy: null,
      // 8 MRP at the 2025 value, computed by the server on the application date
      duty: 31456,
    });
  });

  it('when a list has too many values or a time is impossible, then 422 names each pointer and nothing is stored', async () => {
    const created = await start();
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, phones: ['87011112233', '87011112234', '87011112235'], visitTime: '24:10' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/phones', '/visitTime']);
    const after = (await api().get(`/api/cases/${created.id}`).set(staff())).body;
    expect(after.status).toBe('draft');
    expect(after.data).toEqual({ pages: 36 });
  });
});

describe('dictionaries on the server (real SQLite)', () => {
  it('when a case starts, then it pins the dictionary version its form names, and a code of it passes', async () => {
    const created = await start();
    const pins = (await api().get(`/api/cases/${created.id}`).set(staff())).body.pins;
    expect(pins.dictionaries).toEqual([
      { id: 'regions', version: 1 },
      { id: 'kz-mrp', version: 1 },
    ]);
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, region: '750000000' } });
    expect(res.status).toBe(200);
  });

  it('when a new version drops a code, then a case pinned to the old version keeps it and a new case is refused it', async () => {
    const older = await start();
    const body = { ...definitions().regions, options: [{ code: '710000000', label: { en: 'Astana city' } }] };
    const drafted = await api()
      .put('/api/definitions/dictionary/regions/draft')
      .set(bearer(server.tokens.analyst))
      .send(body);
    expect(drafted.status).toBeLessThan(300);
    const published = await api()
      .post('/api/definitions/dictionary/regions/publish')
      .set(bearer(server.tokens.analyst))
      .set('If-Match', String(drafted.headers.etag))
      .send({});
    expect(published.status).toBe(201);

    const kept = await api()
      .post(`/api/cases/${older.id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, region: '750000000' } });
    expect(kept.status).toBe(200);

    const newer = await start();
    const refused = await api()
      .post(`/api/cases/${newer.id}/submit`)
      .set(staff())
      .set('Accept-Language', 'ru')
      .send({ data: { ...ADULT, region: '750000000' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{ path: '/region', message: expect.stringContaining('«Region»') }]);
  });

  it('when a form names a dictionary nobody published, then publishing the form is refused at the field', async () => {
    const form = {
      ...definitions().form,
      checks: undefined,
      fields: [{ key: 'doc', type: 'choice', label: { en: 'Doc' }, dictionary: 'nowhere' }],
    };
    const drafted = await api()
      .put('/api/definitions/form/licence-form/draft')
      .set(bearer(server.tokens.analyst))
      .send(form);
    expect(drafted.status).toBeLessThan(300);
    const published = await api()
      .post('/api/definitions/form/licence-form/publish')
      .set(bearer(server.tokens.analyst))
      .set('If-Match', String(drafted.headers.etag))
      .send({});
    expect(published.status).toBe(422);
    expect(JSON.stringify(published.body)).toContain('no dictionary \\"nowhere\\"');
  });
});

describe('computed values and cross-field checks on the server (real SQLite)', () => {
  it('when the client sends its own age, then the server stores the one computed on the application date', async () => {
    const created = await start();
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, born: '2010-06-03', years: 40 } });
    expect(res.status).toBe(200);
    // the case started on 2 June 2025: one day before the 15th birthday
    expect((await api().get(`/api/cases/${created.id}`).set(staff())).body.data.years).toBe(14);
  });

  it("when a check fails, then 422 names the field pointer with the message in the asker's language, and nothing changes", async () => {
    const created = await start();
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      .set('Accept-Language', 'kk')
      .send({ data: { ...ADULT, issued: '2025-06-01', expires: '2025-05-01' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ path: '/expires', message: 'Мерзімі берілген күннен кейін болуы тиіс' }]);
    expect((await api().get(`/api/cases/${created.id}`).set(staff())).body.status).toBe('draft');
    const fixed = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, issued: '2025-06-01', expires: '2035-05-31' } });
    expect(fixed.status).toBe(200);
  });

  it('when a case is submitted, then the due date is counted in working days on the calendar the form names, whatever the client sent', async () => {
    const created = await start();
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      // Friday 4 July 2025; Sunday 6 July is Capital Day, moved to Monday 7 July
      .send({ data: { ...ADULT, issued: '2025-07-04', expires: '2035-07-03', answerBy: '2025-07-05' } });
    expect(res.status).toBe(200);
    const stored = (await api().get(`/api/cases/${created.id}`).set(staff())).body.data;
    // 8, 9, 10, 11, 14 July: the weekend and the substitute day off are not counted
    expect(stored.answerBy).toBe('2025-07-14');
  });
});
