import { login, screenshot, withTab } from './browser';
import { startDeskCase } from './deskCase';
import { apiSession } from './apiSession';
import { validIin } from './iin';
import { check, localized, publishOpen, waitForText, type Scenario } from './world';

/**
 * The analyst grows the service's form (made by analystBuildsService) with a region from the KATO
 * dictionary, an age computed from the IIN, a due date ten working days after the issue, a table of periods
 * and checks that the expiry is after the issue and each period ends after it starts; staff then submit a
 * case that fails both checks, read the messages on the field and the row, fix them and submit.
 */
export const languageConstructs: Scenario = {
  name: 'analyst adds a dictionary field, a computed age and a cross-field check; staff fail the check, then pass it',
  run: async (world) => {
    await withTab(world.browser, world.baseURL, 'analyst-language', async ({ page }) => {
      await login(page, 'analyst');
      await page.goto(`/design/form/${world.serviceId}`);
      await page.getByTestId('validity').waitFor();
      const editor = page.locator('.field-editor');
      const add = async (type: string, key: string, label: string) => {
        await page.getByLabel('Field type').selectOption(type);
        await page.getByRole('button', { name: 'Add field' }).click();
        await editor.getByLabel('Key (data name)').fill(key);
        await localized(editor, 'Label', 'en').fill(label);
      };
      await add('choice', 'region', 'Region');
      await editor.getByLabel('Options from dictionary').selectOption('kz-regions');
      await add('integer', 'age', 'Age');
      await editor.getByLabel('Computed from').selectOption('ageFromIin');
      await editor.getByLabel('Field it reads').selectOption('iin');
      await add('date', 'issued', 'Date of issue');
      await add('date', 'expires', 'Date of expiry');
      // a due date: ten working days after the issue, on the national calendar
      await add('date', 'answerBy', 'Answer due');
      await editor.getByLabel('Computed from').selectOption('addWorkingDays');
      await editor.getByLabel('Field it reads').selectOption('issued');
      await editor.getByLabel('Working days after it').fill('10');
      await editor.getByLabel('Calendar (id)').fill('kz');
      // a table whose every row must end after it starts
      await add('table', 'periods', 'Periods');
      const addColumn = async (key: string, label: string) => {
        await page.locator('[data-field-key=periods]').click();
        await page.getByLabel('Field type').selectOption('date');
        await page.getByRole('button', { name: 'Add inside periods' }).click();
        await editor.getByLabel('Key (data name)').fill(key);
        await localized(editor, 'Label', 'en').fill(label);
      };
      await addColumn('start', 'Start');
      await addColumn('end', 'End');

      await page.getByRole('button', { name: 'Add cross-field check' }).click();
      const rule = page.locator('section[aria-label="Cross-field checks"] details').last();
      await rule.getByLabel('Check id').fill('expiry-after-issue');
      await rule.getByLabel('Left side').fill('expires');
      await rule.getByLabel('Comparison').selectOption('gt');
      await rule.getByLabel('Right side').fill('issued');
      await rule.getByLabel('Show the error on').selectOption('expires');
      await localized(rule, 'Message', 'en').fill('The expiry must be after the issue');

      await page.getByRole('button', { name: 'Add cross-field check' }).click();
      const rowRule = page.locator('section[aria-label="Cross-field checks"] details').last();
      await rowRule.getByLabel('Check id').fill('period-order');
      await rowRule.getByLabel('Check every row of table').selectOption('periods');
      await rowRule.getByLabel('Left side').fill('end');
      await rowRule.getByLabel('Comparison').selectOption('gt');
      await rowRule.getByLabel('Right side').fill('start');
      await rowRule.getByLabel('Show the error on').selectOption('end');
      await localized(rowRule, 'Message', 'en').fill('A period ends after it starts');
      await waitForText(page.getByTestId('validity'), /^valid$/);

      // the preview offers the dictionary's regions
      const preview = page.getByRole('region', { name: 'Preview' });
      await waitForText(preview, /Region/);
      await preview.locator('select').filter({ hasText: 'Astana city' }).first().waitFor();
      await screenshot(page, '10-design-form-language-constructs');
      const version = await publishOpen(page);
      check(version >= 2, `the grown form is published as a new version, got v${version}`);
    });

    await withTab(
      world.browser,
      world.baseURL,
      'staff-language',
      async ({ page }) => {
        await login(page, 'staff');
        const caseId = await startDeskCase(page, world.serviceId);
        await page.getByRole('radiogroup', { name: 'Form language' }).getByRole('radio', { name: 'en' }).click();

        const iin = validIin();
        await page.locator('#case_applicantName').fill('Aigerim Sarsenova');
        await page.locator('#case_iin').fill(iin);
        await page.locator('#case_resident').getByRole('radio', { name: 'Yes' }).check();
        await page.getByText('Option A').click();
        await page.locator('#case_region').selectOption({ label: 'Almaty city' });
        // the age is computed live from the IIN, and cannot be typed
        const age = page.locator('#case_age');
        await waitForText(page.locator('.form-group').filter({ has: age }), /Age/);
        const shown = await age.inputValue();
        check(/^\d+$/.test(shown), `the age is computed from the IIN, got "${shown}"`);
        check(!(await age.isEditable()), 'the computed age is read-only');
        await page.locator('#case_issued').fill('2026-03-10');
        await page.locator('#case_expires').fill('2026-03-01');
        // the due date is counted live on the calendar: ten working days pass the Nauryz days off
        const answerBy = page.locator('#case_answerBy');
        // a read-only date shows as the person reads it (dd/mm/yyyy); the data holds the ISO date
        await page.waitForFunction(() =>
          /\d{2}\/\d{2}\/\d{4}|\d{4}-\d{2}-\d{2}/.test(
            (document.querySelector('#case_answerBy') as HTMLInputElement | null)?.value ?? '',
          ),
        );
        const shownDue = await answerBy.inputValue();
        const due = shownDue.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3-$2-$1');
        check(due > '2026-03-24', `ten working days after 10 March 2026 skip weekends and Nauryz, got ${due}`);
        check(!(await answerBy.isEditable()), 'the computed due date is read-only');
        // a table row that ends before it starts fails at that row
        await page.getByRole('button', { name: 'Add Item' }).click();
        await page.locator('#case_periods_0_start').fill('2026-02-01');
        await page.locator('#case_periods_0_end').fill('2026-01-01');

        await page.getByRole('button', { name: 'Submit', exact: true }).click();
        const expiresGroup = page.locator('.form-group').filter({ has: page.locator('#case_expires') });
        await waitForText(expiresGroup.locator('.error-detail'), /The expiry must be after the issue/);
        const endGroup = page
          .locator('.form-group')
          .filter({ has: page.locator('#case_periods_0_end') })
          .last();
        await waitForText(endGroup.locator('.error-detail'), /A period ends after it starts/);
        await screenshot(page, '11-desk-cross-field-check');

        await page.locator('#case_periods_0_end').fill('2026-03-01');
        await page.locator('#case_expires').fill('2036-03-09');
        await page.getByRole('button', { name: 'Submit', exact: true }).click();
        await page.locator('[data-testid=case-status][data-status=in-progress]').waitFor({ timeout: 15_000 });

        const staff = await apiSession(world, 'staff');
        const stored = await staff.get<{ data: Record<string, unknown>; pins: { dictionaries?: { id: string }[] } }>(
          `/api/cases/${caseId}`,
        );
        await staff.dispose();
        check(
          stored.data.region === '750000000',
          `the region is stored by its KATO code, got ${String(stored.data.region)}`,
        );
        check(typeof stored.data.age === 'number', 'the server stored the age it computed');
        check(
          stored.data.answerBy === due,
          `the server counted the same due date, got ${String(stored.data.answerBy)}`,
        );
        check(stored.pins.dictionaries?.some((d) => d.id === 'kz-regions') === true, 'the case pins kz-regions');
      },
      // the submit that fails the check is refused on purpose
      [/status of 422/],
    );
  },
};
