import { apiSession } from './apiSession';
import { login, screenshot, withTab } from './browser';
import { validIin } from './iin';
import { check, waitForText, type Scenario } from './world';

interface Outcomes {
  id: string;
  outcomes: { ruleset: string; version?: number; rules: { id: string; fired: boolean }[] }[];
}

export const adminRulesetChange: Scenario = {
  name: 'admin publishes a changed ruleset and the next desk case follows it',
  run: async (world) => {
    await withTab(world.browser, world.baseURL, 'ruleset-change', async (tab) => {
      const { page } = tab;
      // the Desk's words are the English catalog's (desk.json)
      // four eyes: the analyst proposes the change (resident = yes becomes resident = no), the admin publishes it
      const analyst = await apiSession(world, 'analyst');
      const path = `/api/definitions/ruleset/${world.rulesetId}`;
      const { definition } = await analyst.get<{ definition: { rules: { conditions: unknown }[] } }>(path);
      const last = definition.rules[definition.rules.length - 1];
      check(last, 'the ruleset has a rule to change');
      last.conditions = JSON.parse(JSON.stringify(last.conditions).replace('"value":true', '"value":false')) as unknown;
      await analyst.put(`${path}/draft`, definition);
      await analyst.dispose();
      await login(page, 'admin');
      await page.goto(`/admin/definitions/ruleset/${world.rulesetId}`);
      // the admin reviews the analyst's draft as it is (nothing to save) and publishes it
      await page.getByRole('button', { name: 'Publish…' }).click();
      const dialog = page.getByRole('dialog');
      // the readable summary of the changes (the raw diff is folded under it)
      await dialog.getByTestId('change-summary').waitFor();
      await dialog.getByRole('button', { name: 'Publish now' }).click();
      const published = await waitForText(page.getByText(/^Published as v\d+/), /v\d+/);
      const version = Number(/v(\d+)/.exec(published)?.[1]);
      check(version === 2, `the changed ruleset is v2, got ${version}`);
      await screenshot(page, '11-admin-ruleset-published');

      const staff = await apiSession(world, 'staff');
      const started = await staff.post<{ id: string }>('/api/cases', { service: world.serviceId, channel: 'office' });
      const data = { applicantName: 'Next applicant', iin: validIin('880101', '4'), resident: true, purpose: 'a' };
      await staff.post(`/api/cases/${started.id}/submit`, { data });
      const next = await staff.get<Outcomes>(`/api/cases/${started.id}`);
      await staff.dispose();
      const outcome = next.outcomes.find((o) => o.ruleset === world.rulesetId);
      check(outcome, `the new case evaluated ${world.rulesetId}`);
      check(
        outcome.rules.find((r) => r.id === 'resident-rule')?.fired === false,
        'under v2 the rule does not fire for a resident',
      );

      await page.goto(`/desk/cases/${started.id}`);
      await waitForText(page.getByRole('region', { name: 'Rules' }), /did not fire/);
      await screenshot(page, '12-desk-case-follows-new-ruleset');

      // issuing the result renders its document, printable
      await page.getByRole('button', { name: 'Issue the result' }).click();
      await page.locator('[data-testid=case-outcome][data-outcome=issued]').waitFor();
      const documents = page.getByRole('region', { name: 'Documents' });
      await documents.getByRole('button', { name: 'Show' }).click();
      await waitForText(page.frameLocator('iframe.document-frame').locator('body'), /Issued to Next applicant/);
      await screenshot(page, '13-desk-issued-document');

      // a refusal must be reasoned
      const other = await apiSession(world, 'staff');
      const second = await other.post<{ id: string }>('/api/cases', { service: world.serviceId, channel: 'office' });
      await other.post(`/api/cases/${second.id}/submit`, { data: { ...data, applicantName: 'Refused applicant' } });
      await other.dispose();
      await page.goto(`/desk/cases/${second.id}`);
      await page.getByRole('button', { name: 'Refuse' }).click();
      await page.getByLabel('Reason (required)').fill('The applicant withdrew the documents');
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.locator('[data-testid=case-outcome][data-outcome=refused]').waitFor();
      await page.locator('[data-testid=case-status][data-status=done]').waitFor();
      // the reason typed is sent and kept: the history shows it
      await waitForText(page.getByTestId('history'), /The applicant withdrew the documents/);
    });
  },
};
