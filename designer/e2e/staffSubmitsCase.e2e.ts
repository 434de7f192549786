import { login, screenshot, withTab } from './browser';
import { startDeskCase } from './deskCase';
import { validIin } from './iin';
import { check, waitForText, type Scenario } from './world';

export const staffSubmitsCase: Scenario = {
  name: 'staff submit an invalid form and see the errors on the fields, fix them, submit and see the due date',
  run: async (world) => {
    await withTab(
      world.browser,
      world.baseURL,
      'staff-submits',
      async (tab) => {
        const { page } = tab;
        // the Desk's words are the English catalog's (desk.json)
        await login(page, 'staff');
        world.caseId = await startDeskCase(page, world.serviceId);

        // the generated form, in English
        await page.getByRole('radiogroup', { name: 'Form language' }).getByRole('radio', { name: 'en' }).click();
        await page.locator('#case_iin').fill('123456789012');
        await page.getByRole('button', { name: 'Save draft' }).click();
        await waitForText(page.getByTestId('form-message'), /Draft saved/);

        // submitted as it is: the server answers 422 and each error lands on its field
        await page.getByRole('button', { name: 'Submit', exact: true }).click();
        await waitForText(page.getByTestId('form-message'), /Problems in the form/);
        const nameGroup = page.locator('.form-group').filter({ has: page.locator('#case_applicantName') });
        await waitForText(nameGroup.locator('.error-detail'), /\S/);
        const iinGroup = page.locator('.form-group').filter({ has: page.locator('#case_iin') });
        await waitForText(iinGroup.locator('.error-detail'), /\S/);
        await screenshot(page, '06-desk-form-with-server-errors');

        await page.locator('#case_applicantName').fill('Aigerim Sarsenova');
        await page.locator('#case_iin').fill(validIin());
        await page.locator('#case_birthDate').fill('1990-03-15');
        await page.locator('#case_resident').getByRole('radio', { name: 'Yes' }).check();
        await page.getByText('Option A').click();
        await page.getByRole('button', { name: 'Submit', exact: true }).click();
        await page.locator('[data-testid=case-status][data-status=in-progress]').waitFor({ timeout: 15_000 });
        const due = await waitForText(page.getByTestId('due-term'), /\w{3}, \d+ \w{3} \d{4}, \d\d:\d\d/);
        check(!/—/.test(due), 'the due date is shown');
        await waitForText(page.getByRole('region', { name: 'Deadlines' }), /left/);
        await waitForText(page.getByRole('region', { name: 'Rules' }), /✔ fired/);
        await waitForText(page.getByRole('region', { name: 'Actions' }), /Issue the result[\s\S]*Refuse/);
        await screenshot(page, '07-desk-case-page');

        await page.goto('/desk/queue');
        await page.locator(`tr[data-case="${world.caseId ?? 'no case'}"]`).waitFor();
        await screenshot(page, '08-desk-work-queue');
        // "my cases" are the ones this clerk claimed: the server filters them
        const row = page.locator(`tr[data-case="${world.caseId ?? 'no case'}"]`);
        await row.getByRole('button', { name: 'Claim' }).click();
        await row.getByRole('button', { name: 'Release' }).waitFor();
        const mine = page.waitForResponse((r) => r.url().includes('/api/cases?') && r.url().includes('assignee=me'));
        await page.getByRole('radiogroup', { name: 'Which cases' }).getByRole('radio', { name: 'My cases' }).click();
        check((await mine).ok(), 'GET /api/cases?assignee=me answers');
        await page.locator(`tr[data-case="${world.caseId ?? 'no case'}"]`).waitFor();

        await page.goto('/desk/reports');
        await page.getByRole('tab', { name: 'On-time rate per service' }).click();
        await page.waitForTimeout(500);
        await screenshot(page, '09-desk-reports');
        // the monthly report by the server's name, for the month of the case
        const monthly = page.waitForResponse((r) => r.url().includes('/api/reports/ucc-monthly?month='));
        await page.getByRole('tab', { name: 'Contact-centre monthly report' }).click();
        check((await monthly).status() === 200, 'GET /api/reports/ucc-monthly answers 200');
        await page.locator('.reports table').first().waitFor();
      },
      // the invalid submit above answers 422 on purpose; nothing else may log an error
      [/status of 422/],
    );
  },
};
