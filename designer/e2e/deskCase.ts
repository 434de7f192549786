import type { Page } from 'playwright-core';

/**
 * Staff start a case on the Desk (the English catalog's words): the service picked, the channel ticked, "Start case";
 * the case's page is open when this returns the case's id.
 */
export async function startDeskCase(page: Page, serviceId: string, channel = 'office'): Promise<string> {
  await page.goto('/desk');
  await page.getByLabel('Service').selectOption(serviceId);
  await page.locator(`input[name=channel][value=${channel}]`).check();
  await page.getByRole('button', { name: 'Start case' }).click();
  await page.waitForURL('**/desk/cases/*');
  return page.url().split('/').pop() ?? '';
}
