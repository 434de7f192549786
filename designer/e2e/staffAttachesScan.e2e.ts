import { apiSession } from './apiSession';
import { login, screenshot, withTab } from './browser';
import { check, waitForText, type Scenario } from './world';

const ID = 'e2e-scan';
const en = (text: string) => ({ kk: text, ru: text, en: text });

/** A service whose one required document is a scan attached in a file field. */
const DEFINITIONS = [
  {
    kind: 'form',
    id: ID,
    title: en('Scan form'),
    fields: [
      { key: 'applicantName', type: 'text', label: en('Applicant'), required: true },
      { key: 'scan', type: 'file', label: en('Scan of the application'), accept: ['application/pdf'], required: true },
    ],
  },
  {
    kind: 'process',
    id: ID,
    title: en('Scan process'),
    actors: [{ id: 'clerk', label: en('Clerk'), kind: 'staff' }],
    start: 'review',
    steps: [
      {
        id: 'review',
        type: 'task',
        actor: 'clerk',
        label: en('Review'),
        actions: [{ id: 'issue', label: en('Issue'), to: 'issued' }],
      },
      { id: 'issued', type: 'end', label: en('Issued'), outcome: 'issued' },
    ],
  },
  {
    kind: 'service',
    id: ID,
    title: en('Scan service'),
    provider: en('Provider'),
    recipients: [{ id: 'individual', label: en('Individuals') }],
    form: ID,
    calendar: 'kz',
    channels: [{ id: 'office', type: 'provider-office', label: en('Office'), process: ID }],
    cost: { free: true },
    documents: [{ id: 'application-scan', label: en('Scanned application'), required: true, field: 'scan' }],
    deadlines: [],
    rulesets: [],
    outputs: [],
    complaints: [],
  },
];

/** A 5 MB PDF scan, as a scanner writes one: a PDF header, then bulk. */
function scan(): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n', 'latin1');
  return Buffer.concat([head, Buffer.alloc(5 * 1024 * 1024 - head.length - 7, 0x20), Buffer.from('\n%%EOF\n')]);
}

export const staffAttachesScan: Scenario = {
  name: 'staff attach a 5 MB PDF scan to a required document, submit, and open it from the case page',
  run: async (world) => {
    const admin = await apiSession(world, 'admin');
    for (const d of DEFINITIONS) {
      await admin.put(`/api/definitions/${d.kind}/${d.id}/draft`, d);
      await admin.post(`/api/definitions/${d.kind}/${d.id}/publish`);
    }
    await admin.dispose();
    await withTab(world.browser, world.baseURL, 'staff-attaches-scan', async ({ page }) => {
      await login(page, 'staff');
      await page.goto('/desk');
      await page.getByLabel('Service').selectOption(ID);
      await page.getByRole('radio', { name: /Office/ }).check();
      await page.getByRole('button', { name: 'Start case' }).click();
      await page.waitForURL('**/desk/cases/*');
      await page.locator('#case_applicantName').fill('Әсел Нұрғалиева');
      await page.locator('#case_scan').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: scan() });
      await waitForText(page.getByTestId('file-scan'), /scan\.pdf \(application\/pdf, 5\.0 MB\)/, 30_000);
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await waitForText(page.getByTestId('case-status'), /In progress/, 15_000);
      await waitForText(page.getByTestId('required-application-scan'), /present|есть|бар/);
      const panel = page.getByTestId('case-attachments');
      await waitForText(panel, /scan\.pdf \(application\/pdf, 5\.0 MB\)/);
      await screenshot(page, '20-desk-case-attachments');
      // the View link of the case page, fetched with the staff member's session (headless Chromium
      // hands PDFs to a download rather than a viewer, so the link's answer is read directly)
      const href = await panel
        .getByRole('link', { name: /View|Открыть|Ашу/ })
        .first()
        .getAttribute('href');
      check(href, 'the attachment has a View link');
      const response = await page.request.get(href);
      check(response.status() === 200, `the scan opens (${response.status()})`);
      const type = response.headers()['content-type'] ?? '';
      check(type.startsWith('application/pdf'), `the scan is served as a PDF (${type})`);
      const body = await response.body();
      check(body.length === 5 * 1024 * 1024, `the scan comes back whole (${body.length} bytes)`);
    });
  },
};
