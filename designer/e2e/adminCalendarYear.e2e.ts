import { login, withTab } from './browser';
import { check, waitForText, type Scenario } from './world';

export const adminCalendarYear: Scenario = {
  name: 'admin views the kz calendar a year at a glance: 2025 has 246 working days with the transfer cited, 2027 is flagged unconfirmed; the act coverage page counts each act',
  run: async (world) => {
    await withTab(world.browser, world.baseURL, 'calendar-year', async (tab) => {
      const { page } = tab;
      await login(page, 'admin');
      await page.goto('/admin/definitions/calendar/kz');
      const year = page.getByTestId('calendar-year');
      await year.getByLabel('Year').fill('2025');
      await waitForText(year.getByTestId('year-working-days'), /246 working days in the year/);
      const january = year.getByRole('article', { name: 'January' });
      await waitForText(january, /03 day off: .*kz-transfer-2025 1/);
      await waitForText(january, /05 working day: .*kz-transfer-2025 1/);
      check((await year.getByTestId('year-unconfirmed').count()) === 0, '2025 is confirmed');
      await year.getByLabel('Year').fill('2027');
      await waitForText(year.getByTestId('year-unconfirmed'), /2027 is not confirmed/);
      // the act coverage page: per act, encoded / not applicable / missing
      await page.goto('/admin/acts');
      await waitForText(
        page.getByTestId('act-004-s1'),
        /004\/S1: 29 paragraphs: \d+ encoded, 2 not applicable, \d+ missing/,
      );
    });
  },
};
