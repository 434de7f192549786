import type { Page } from 'playwright-core';
import { apiSession } from './apiSession';
import { login, screenshot, withTab } from './browser';
import { validIin } from './iin';
import {
  check,
  createDefinition,
  localized,
  publishOpen,
  waitForText,
  waitSaved,
  type Scenario,
  type World,
} from './world';

/** Records, in the page, whether the JSON tab is ever opened: the scenario fails if it was. */
const JSON_TAB_GUARD = `
  document.addEventListener('click', (event) => {
    const tab = event.target instanceof Element ? event.target.closest('[role=tab]') : null;
    if (tab && tab.textContent.trim() === 'JSON') window.__openedJsonTab = true;
  }, true);
`;

async function lastItem(page: Page, list: string) {
  await page.getByRole('button', { name: `Add ${list.toLowerCase().replace(/s$/, '')}` }).click();
  return page.locator(`section[aria-label="${list}"] details`).last();
}

/** A staff form of one text field, built in the form builder. */
async function buildStaffForm(page: Page, id: string): Promise<void> {
  await createDefinition(page, '/design', 'form', id);
  await localized(page, 'Form title', 'en').fill('Decision notes');
  await page.getByLabel('Field type').selectOption('text');
  await page.getByRole('button', { name: 'Add field' }).click();
  const editor = page.locator('.field-editor');
  await editor.getByLabel('Key (data name)').fill('notes');
  await localized(editor, 'Label', 'en').fill('Notes of the decision');
  await publishOpen(page);
}

/** At the deciding step staff fill the staff form, and issuing needs a reason (which the document prints). */
async function editDecisionStep(page: Page, world: World, staffForm: string): Promise<void> {
  await page.goto(`/design/process/${world.serviceId}`);
  await page.getByTestId('validity').waitFor();
  await page.locator('.step-panel').getByRole('combobox', { name: /^Step/ }).selectOption('receive');
  const inspector = page.locator('.step-inspector');
  await inspector.getByRole('button', { name: /^Add forms staff fill/ }).click();
  const form = inspector.locator('section[aria-label^="Forms staff fill"] details').last();
  await form.getByLabel("Form (one of the service's extra forms)").selectOption(staffForm);
  const issue = inspector.locator('section[aria-label="Actions"] details').first();
  await issue.locator('summary').click();
  await issue.getByLabel('Requires a reason').check();
  await waitForText(page.getByTestId('validity'), /^valid$/);
  await publishOpen(page);
}

/** A plain-text template printing the decision's reason and the purpose's label (not its code), tried on a generated case. */
async function editTemplate(page: Page, world: World): Promise<void> {
  await page.goto(`/design/template/${world.serviceId}`);
  await page.getByTestId('validity').waitFor();
  await page.getByLabel('The form whose fields the template prints').selectOption(world.serviceId);
  await page.getByRole('radiogroup', { name: 'Template language' }).getByRole('radio', { name: 'en' }).click();
  await page
    .getByLabel('Body (en, Handlebars)')
    .fill(
      'Result for {{data.applicantName}}\n\nReason: {{decision.reason}}\nPurpose: {{option data.purpose "purpose"}}',
    );
  // the preview's case is generated from the form: the first option's label, not its code
  const preview = page.frameLocator('iframe[title="Rendered document"]');
  await waitForText(preview.locator('body'), /Purpose: Option A/);
  check((await page.getByTestId('template-missing').count()) === 0, 'every variable of the template has a value');
  await screenshot(page, '52-design-template-reason-and-choice');
  await publishOpen(page);
}

export const analystEditsServiceWithoutJson: Scenario = {
  name: 'analyst gives the service a channel document, a conditional document, a court appeal, a staff form at the deciding step and a template printing the reason and a choice label without the JSON tab; staff see the document asked, a submit without it refused, and a case run to its document',
  run: async (world) => {
    await withTab(world.browser, world.baseURL, 'service-without-json', async ({ page, context }) => {
      await context.addInitScript(JSON_TAB_GUARD);
      await login(page, 'analyst');
      await page.goto(`/design/service/${world.serviceId}`);
      await page.getByTestId('validity').waitFor();

      // a document asked on the office channel only
      const office = await lastItem(page, 'Documents');
      await office.getByLabel('Id', { exact: true }).fill('passport');
      await localized(office, 'Label', 'en').fill('Identity document');
      await office.getByRole('checkbox', { name: /office — Provider office/ }).check();

      // a document asked only of non-residents: on the application's "resident" answer
      const consent = await lastItem(page, 'Documents');
      await consent.getByLabel('Id', { exact: true }).fill('residence-permit');
      await localized(consent, 'Label', 'en').fill('Residence permit');
      await consent.getByLabel('Asked only when the application says so').check();
      await consent.getByLabel('Show only when field').selectOption('resident');
      await consent.getByLabel('Value', { exact: true }).selectOption('false');
      await localized(consent, 'When it is needed, in words', 'en').fill('when the applicant is not a resident');

      // an appeal to a court: the act gives it no term
      const court = await lastItem(page, 'Complaint routes');
      await court.getByLabel('Id', { exact: true }).fill('court');
      await court.getByLabel('Has a term to file (a court appeal has none)').uncheck();
      await localized(court, 'To', 'en').fill('The court');
      await waitSaved(page);
      await screenshot(page, '50-design-service-documents-and-court');
      const version = await publishOpen(page);
      check(version >= 2, `the edited service is published as a new version, got v${version}`);
      check(
        !(await page.evaluate(() => (window as { __openedJsonTab?: boolean }).__openedJsonTab)),
        'the JSON tab was never opened',
      );

      const analyst = await apiSession(world, 'analyst');
      const published = await analyst.get<{
        definition: {
          documents: { id: string; channels?: string[]; when?: unknown }[];
          complaints: { id: string; term?: unknown }[];
        };
      }>(`/api/definitions/service/${world.serviceId}`);
      await analyst.dispose();
      const docs = published.definition.documents;
      check(
        docs.find((d) => d.id === 'passport')?.channels?.join() === 'office',
        'the passport is asked on the office channel',
      );
      check(
        JSON.stringify(docs.find((d) => d.id === 'residence-permit')?.when) ===
          JSON.stringify({ field: 'resident', equals: false }),
        'the residence permit is asked when resident is false',
      );
      const appeal = published.definition.complaints.find((c) => c.id === 'court');
      check(appeal && appeal.term === undefined, 'the court appeal has no term');
    });

    // a non-resident's case: the server refuses the submit without the permit, and the Desk lists it with its case
    const staff = await apiSession(world, 'staff');
    const started = await staff.post<{ id: string }>('/api/cases', { service: world.serviceId, channel: 'office' });
    const data = {
      applicantName: 'Non-resident applicant',
      iin: validIin('880101', '4'),
      resident: false,
      purpose: 'a',
    };
    await staff.put(`/api/cases/${started.id}/data`, { data });
    const refused = await staff.postAnswer(`/api/cases/${started.id}/submit`, { data });
    await staff.dispose();
    const details = (refused.body as { error?: { details?: { path: string }[] } } | null)?.error?.details ?? [];
    check(
      refused.status === 422 && details.some((d) => d.path === '/documents/residence-permit'),
      `a submit without the residence permit is refused at /documents/residence-permit, got ${refused.status} ${JSON.stringify(details)}`,
    );
    await withTab(world.browser, world.baseURL, 'service-without-json-desk', async ({ page }) => {
      await login(page, 'staff');
      await page.goto(`/desk/cases/${started.id}`);
      await waitForText(page.getByTestId('required-residence-permit'), /when the applicant is not a resident/);
      await screenshot(page, '51-desk-conditional-document');
    });

    // a staff form at the deciding step and a template with the decision's reason and a choice's label, still no JSON
    const staffForm = `${world.serviceId}-notes`;
    await withTab(world.browser, world.baseURL, 'service-without-json-decision', async ({ page, context }) => {
      await context.addInitScript(JSON_TAB_GUARD);
      await login(page, 'analyst');
      await buildStaffForm(page, staffForm);
      await editDecisionStep(page, world, staffForm);
      await page.goto(`/design/service/${world.serviceId}`);
      await page.getByTestId('validity').waitFor();
      await page
        .getByRole('group', { name: /Extra forms filled during the case/ })
        .getByRole('checkbox', { name: staffForm, exact: true })
        .check();
      await waitSaved(page);
      await publishOpen(page);
      await editTemplate(page, world);
      check(
        !(await page.evaluate(() => (window as { __openedJsonTab?: boolean }).__openedJsonTab)),
        'the JSON tab was never opened',
      );
    });

    // a resident's case run to its document: issued with a reason, the staff form filled
    const clerk = await apiSession(world, 'staff');
    const decided = await clerk.post<{ id: string }>('/api/cases', { service: world.serviceId, channel: 'office' });
    const application = {
      applicantName: 'Resident applicant',
      iin: validIin('900202', '3'),
      resident: true,
      purpose: 'a',
    };
    await clerk.post(`/api/cases/${decided.id}/submit`, { data: application });
    const unexplained = await clerk.postAnswer(`/api/cases/${decided.id}/actions/issue`, {});
    check(unexplained.status >= 400, `issuing without a reason is refused, got ${unexplained.status}`);
    await clerk.post(`/api/cases/${decided.id}/actions/issue`, {
      reason: 'all documents checked in person',
      forms: { [staffForm]: { notes: 'seen at the office' } },
    });
    await clerk.dispose();
    await withTab(world.browser, world.baseURL, 'service-without-json-document', async ({ page }) => {
      await login(page, 'staff');
      await page.goto(`/api/cases/${decided.id}/documents/result?lang=en`);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      check(/Result for Resident applicant/.test(text), `the document names the applicant: "${text}"`);
      check(/Reason: all documents checked in person/.test(text), `the document prints the reason: "${text}"`);
      check(/Purpose: Option A/.test(text), `the document prints the choice's label, not its code: "${text}"`);
      check((await page.locator('main p').count()) === 2, 'the plain-text template kept its two paragraphs');
      await screenshot(page, '53-document-reason-and-choice');
    });
  },
};
