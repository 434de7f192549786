import { apiSession } from './apiSession';
import { login, screenshot, withTab } from './browser';
import { check, waitForText, type Scenario } from './world';

export const staffCannotOpenAdmin: Scenario = {
  name: 'staff cannot open Admin',
  run: async (world) => {
    await withTab(world.browser, world.baseURL, 'staff-admin', async (tab) => {
      const { page } = tab;
      await login(page, 'staff');
      check(
        (await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Admin' }).count()) === 0,
        'no Admin link for staff',
      );
      await page.goto('/admin/users');
      await waitForText(page.getByRole('alert'), /Not allowed/);
      check((await page.locator('table').count()) === 0, 'the users table is not rendered');
      await screenshot(page, '14-staff-refused-admin');
      const staff = await apiSession(world, 'staff');
      check((await staff.status('/api/users')) === 403, 'the server refuses /api/users to staff');
      await staff.dispose();
      await page.getByRole('button', { name: /^(Log out|Выйти|Шығу)$/ }).click();
      await page.waitForURL('**/login');
      await page.goto('/desk');
      await page.waitForURL('**/login');
    });
  },
};
