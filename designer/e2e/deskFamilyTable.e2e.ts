import { login, screenshot, withTab } from './browser';
import { startDeskCase } from './deskCase';
import { publishFamilyService } from './familyDefinitions';
import { check, waitForText, type Scenario } from './world';

const FAMILY = [
  { name: 'Aigerim Sarsenova', relation: 0, birthDate: '15/03/1990', income: '180000' },
  { name: 'Nurlan Sarsenov', relation: 1, birthDate: '02/11/1988', income: '210000' },
  { name: 'Dana Sarsenova', relation: 2, birthDate: '20/06/2015', income: '0' },
  { name: 'Arman Sarsenov', relation: 2, birthDate: '09/01/2019', income: '0' },
];

export const deskFamilyTable: Scenario = {
  name: 'staff fill a four-row family table with worded row buttons, submit it with one click, and discard a draft they gave up',
  run: async (world) => {
    const serviceId = `${world.serviceId}-family`;
    await publishFamilyService(world, serviceId);
    await withTab(world.browser, world.baseURL, 'family-table', async ({ page }) => {
      await login(page, 'staff');
      await startDeskCase(page, serviceId);
      await page.getByRole('radiogroup', { name: 'Form language' }).getByRole('radio', { name: 'en' }).click();
      await page.locator('#case_applicantName').fill('Aigerim Sarsenova');

      // the table's buttons are words a person can read and a screen reader can name
      const table = page.locator('#case_members');
      for (const [i, member] of FAMILY.entries()) {
        if ((await page.locator(`#case_members_${i}_name`).count()) === 0) {
          await page.getByRole('button', { name: 'Add Item' }).click();
        }
        await page.locator(`#case_members_${i}_name`).fill(member.name);
        await page.locator(`#case_members_${i}_relation-${member.relation}`).check();
        await page.locator(`#case_members_${i}_birthDate`).fill(member.birthDate);
        await page.locator(`#case_members_${i}_income`).fill(member.income);
      }
      const removes = table.getByRole('button', { name: 'Remove' });
      check((await removes.count()) === 4, `each of the four rows has a Remove button, found ${await removes.count()}`);
      check(
        (await removes.first().innerText()).trim() === 'Remove',
        'the Remove button shows its word, not an icon glyph from a font that is not loaded',
      );
      await screenshot(page, '40-desk-family-table');
      // one row under another, full width: a row that changes cannot re-flow its neighbours
      const lefts = await table
        .locator('.rjsf-array-item')
        .evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().left)));
      check(lefts.length === 4 && new Set(lefts).size === 1, `the four rows are stacked, their left edges: ${lefts}`);

      // nothing moves when the last field loses focus: the Submit button stays where the pointer aims
      const submit = page.getByRole('button', { name: 'Submit', exact: true });
      await submit.scrollIntoViewIfNeeded();
      await page.locator('#case_members_3_income').focus();
      const before = await submit.boundingBox();
      await page.locator('#case_members_3_income').blur();
      await page.waitForTimeout(300);
      const after = await submit.boundingBox();
      check(before && after, 'the Submit button is on the page');
      check(
        Math.abs(before.y - after.y) < 1 && Math.abs(before.x - after.x) < 1,
        `the Submit button moved on blur from ${before.y} to ${after.y}`,
      );

      // ONE click, with the focus still in the last field as a person leaves it
      await page.locator('#case_members_3_income').focus();
      await submit.click();
      await page.locator('[data-testid=case-status][data-status=in-progress]').waitFor({ timeout: 15_000 });
      await waitForText(page.getByRole('region', { name: 'Actions' }), /Assign/);

      // a draft given up is listed apart from the queue and discarded with its data
      const abandoned = await startDeskCase(page, serviceId);
      await page.locator('#case_applicantName').fill('Given up');
      await page.getByRole('button', { name: 'Save draft' }).click();
      await waitForText(page.getByTestId('form-message'), /Draft saved/);
      await page.goto('/desk');
      await page.getByRole('link', { name: 'Drafts never submitted' }).click();
      const row = page.locator(`tr[data-case="${abandoned}"]`);
      await waitForText(row, /Family assistance/);
      await row.getByRole('button', { name: 'Discard draft' }).click();
      await row.getByRole('button', { name: 'Yes, discard' }).click();
      await row.waitFor({ state: 'detached' });
      await screenshot(page, '41-desk-drafts-after-discard');
    });
  },
};
