import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

// Debian's poppler-utils (scripts/ensure-system-packages.sh installs it)
const POPPLER = fs.existsSync('/usr/bin/pdftotext');

/** The licence service whose letter is written in Kazakh and Russian, with a table, as result documents are. */
function licenceInKazakh() {
  const defs = licenceDefinitions();
  defs.template.body = {
    kk: `<h1>Лицензия туралы анықтама</h1>
<p>Өтініш беруші: <strong>{{data.applicantName}}</strong></p>
<p>Іс: {{case.id}}</p>
<p>Берілген күні: {{date case.closedAt}}</p>
<table><tr><th>Мерзім</th><th>Күні</th></tr><tr><td>Нәтиже</td><td>{{date deadlines.result}}</td></tr></table>
<p>Әріптер: ә ғ қ ң ө ұ ү һ і</p>`,
    ru: `<h1>Справка о лицензии</h1><p>Заявитель: {{data.applicantName}}</p><p>Дело: {{case.id}}</p>`,
  };
  return defs;
}

let server: TestServer;
let caseId: string;
let resultDue: string;
const APPLICANT = 'Әсел Қайратқызы Нұрғалиева';

beforeAll(async () => {
  server = await startTestServer({ definitions: licenceInKazakh() });
  const staff = bearer(server.tokens.staff);
  const started = await request(server.app)
    .post('/api/cases')
    .set(staff)
    .send({ service: 'licence', channel: 'office', data: { ...ADULT, applicantName: APPLICANT } });
  caseId = started.body.id;
  const submitted = await request(server.app).post(`/api/cases/${caseId}/submit`).set(staff).send({});
  resultDue = submitted.body.deadlines[0].due;
  const issued = await request(server.app).post(`/api/cases/${caseId}/actions/issue`).set(staff).send({});
  expect(issued.body.status).toBe('done');
});
afterAll(() => server.close());

async function pdfOf(lang: string): Promise<Buffer> {
  const res = await request(server.app)
    .get(`/api/cases/${caseId}/documents/licence?format=pdf&lang=${lang}`)
    .set(bearer(server.tokens.staff))
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.body as Buffer;
}

function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', pdf: Buffer): string {
  const file = path.join(server.dir, `${tool}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });
}

describe('GET /api/cases/:id/documents/:output?format=pdf', () => {
  it.skipIf(!POPPLER && !process.env.CI)(
    "when the Kazakh letter is asked as PDF, then pdftotext finds the applicant's name, the case and the dates, Kazakh letters intact",
    async () => {
      const text = poppler('pdftotext', await pdfOf('kk'));
      expect(text).toContain(APPLICANT);
      expect(text).toContain(caseId);
      expect(text).toContain('ә ғ қ ң ө ұ ү һ і');
      expect(text).toContain('Лицензия туралы анықтама');
      // the dates read as the HTML reads them (long form, in the calendar's zone)
      const html = await request(server.app)
        .get(`/api/cases/${caseId}/documents/licence?lang=kk`)
        .set(bearer(server.tokens.staff));
      const issuedOn = /Берілген күні: ([^<]+)</.exec(html.text)?.[1];
      const dueOn = /<td>Нәтиже<\/td>\s*<td>([^<]+)<\/td>/.exec(html.text)?.[1];
      expect(issuedOn).toMatch(/2025/);
      expect(dueOn).toMatch(/2025/);
      expect(text).toContain(`Берілген күні: ${issuedOn}`);
      expect(text).toContain(dueOn);
      expect(resultDue).toBeTruthy();
    },
  );

  it.skipIf(!POPPLER && !process.env.CI)('when printed, then the page is A4 and every font is embedded', async () => {
    const pdf = await pdfOf('ru');
    expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = poppler('pdffonts', pdf).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\b/);
    expect(poppler('pdftotext', pdf)).toContain(`Заявитель: ${APPLICANT}`);
  });

  it('when the same document is asked twice, then the bytes are the same (a signature over them stays valid)', async () => {
    expect((await pdfOf('kk')).equals(await pdfOf('kk'))).toBe(true);
  });

  it('when the case has no such document, then answers 404', async () => {
    const res = await request(server.app)
      .get(`/api/cases/${caseId}/documents/nothing?format=pdf`)
      .set(bearer(server.tokens.staff));
    expect(res.status).toBe(404);
  });
});
