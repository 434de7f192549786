import { apiSession } from './apiSession';
import { login, screenshot, withTab } from './browser';
import { validIin } from './iin';
import { check, publishOpen, waitForText, type Scenario } from './world';

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
      await tab.context.addInitScript(() => localStorage.setItem('qagida.lang', 'en'));
      await login(page, 'admin');
      await page.goto(`/admin/definitions/ruleset/${world.rulesetId}`);
      const rule = page.locator('section[aria-label="Rules"] details').last();
      await rule.locator('summary').click();
      // resident = yes becomes resident = no
      await rule.locator('.cond-leaf').getByLabel('Value').selectOption('false');
      const version = await publishOpen(page);
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
