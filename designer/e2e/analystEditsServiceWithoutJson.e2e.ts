import type { Page } from 'playwright-core';
import { apiSession } from './apiSession';
import { login, screenshot, withTab } from './browser';
import { validIin } from './iin';
import { check, localized, publishOpen, waitForText, waitSaved, type Scenario } from './world';

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

export const analystEditsServiceWithoutJson: Scenario = {
  name: 'analyst gives the service a channel document, a conditional document and a court appeal without the JSON tab; staff see the document asked and a submit without it refused',
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
  },
};
