import type { Page } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { login, screenshot, withTab } from './browser';
import { check, createDefinition, publishOpen, waitForText, type Scenario, type World } from './world';

const FORM = 'archival-reference-application';

interface Register {
  url: string;
  requests: { path: string }[];
  close(): Promise<void>;
}

/**
 * The server tests' register (individuals, legal entities, benefits) on a loopback port. Loaded by
 * URL: the designer's TypeScript project does not include server files, and tsx runs it as it is.
 */
async function startRegister(): Promise<Register> {
  const file = path.resolve(import.meta.dirname, '../../server/test/support/registerServer.ts');
  const { startRegisterServer } = (await import(pathToFileURL(file).href)) as {
    startRegisterServer: () => Promise<Register>;
  };
  return startRegisterServer();
}

async function allowRegister(world: World): Promise<void> {
  await withTab(world.browser, world.baseURL, 'admin-allows-register', async ({ page }) => {
    await login(page, 'admin');
    await page.goto('/admin');
    const hosts = page.locator('section.connector-hosts');
    await hosts.getByLabel('Host').fill('127.0.0.1');
    await hosts.getByLabel("Inside the provider's network (private or loopback addresses)").check();
    await hosts.getByRole('button', { name: 'Allow' }).click();
    await waitForText(page.getByTestId('connector-hosts'), /127\.0\.0\.1 — private addresses allowed/);
    await screenshot(page, '30-admin-connector-hosts');
  });
}

async function buildConnector(page: Page, id: string, registerUrl: string): Promise<void> {
  await createDefinition(page, '/design', 'connector', id);
  await page.getByLabel('URL template ({name} is an input)').fill(`${registerUrl}/individuals/{iin}`);
  // inputs, outputs and the response schema: in the JSON tab
  await page.getByRole('tab', { name: 'JSON' }).click();
  const json = page.getByLabel('Definition JSON');
  const definition = JSON.parse(await json.inputValue()) as Record<string, unknown>;
  definition.responseSchema = {
    type: 'object',
    required: ['fullName', 'address'],
    properties: { fullName: { type: 'string' }, address: { type: 'string' } },
  };
  definition.outputs = [
    { name: 'fullName', label: { en: 'Full name' }, from: '/fullName' },
    { name: 'address', label: { en: 'Address' }, from: '/address' },
  ];
  await json.fill(JSON.stringify(definition, null, 2));
  await page.getByRole('tab', { name: 'Editor' }).click();
  await waitForText(page.getByTestId('validity'), /^valid$/);
  // "try it": the draft, through the server and the admin's allowlist
  await page.locator('.connector-editor').getByLabel('IIN').fill('900101300011');
  await page.getByTestId('connector-try').click();
  await waitForText(page.getByTestId('connector-try-outputs'), /Ахметова Айгерим Серікқызы/);
  await screenshot(page, '31-design-connector-try-it');
  await publishOpen(page);
}

async function addPrefill(page: Page, connector: string): Promise<void> {
  await page.goto(`/design/form/${FORM}`);
  await page.getByTestId('validity').waitFor();
  await page.getByRole('tab', { name: 'JSON' }).click();
  const json = page.getByLabel('Definition JSON');
  const form = JSON.parse(await json.inputValue()) as Record<string, unknown>;
  form.prefill = [
    {
      connector,
      on: 'button',
      button: 'applicantIin',
      inputs: { iin: 'applicantIin' },
      fill: { fullName: 'applicantName', address: 'applicantAddress' },
    },
  ];
  await json.fill(JSON.stringify(form, null, 2));
  await waitForText(page.getByTestId('validity'), /^valid$/);
  await publishOpen(page);
}

/**
 * Issue 18: an administrator opens the test register's host, an analyst adds a connector
 * (trying it first) and a prefill to the archival reference's form and publishes, and
 * staff see the applicant's name and address filled from the register, marked as such.
 */
export const analystConnectsRegister: Scenario = {
  name: 'analyst connects a register and staff prefill the applicant',
  run: async (world) => {
    const register = await startRegister();
    const connector = `${world.serviceId}-people`;
    try {
      await allowRegister(world);
      await withTab(world.browser, world.baseURL, 'analyst-adds-connector', async ({ page }) => {
        await login(page, 'analyst');
        await buildConnector(page, connector, register.url);
        await addPrefill(page, connector);
      });
      await withTab(world.browser, world.baseURL, 'staff-prefills-applicant', async ({ page }) => {
        await login(page, 'staff');
        await page.goto('/desk');
        await page.getByLabel('Service').selectOption('archival-reference');
        await page.locator('input[name=channel][value=psc]').check();
        await page.getByRole('button', { name: 'Start case' }).click();
        await page.waitForURL('**/desk/cases/*');
        await page.getByRole('radiogroup', { name: 'Form language' }).getByRole('radio', { name: 'en' }).click();
        await page.locator('#case_applicantIin').fill('900101300011');
        await page.getByTestId('prefill-0').click();
        await waitForText(page.getByTestId('prefill-message'), /Fields filled from the register: 2/);
        check(
          (await page.locator('#case_applicantName').inputValue()) === 'Ахметова Айгерим Серікқызы',
          'the applicant name is filled from the register',
        );
        check(
          (await page.locator('#case_applicantAddress').inputValue()).startsWith('Астана қ.'),
          'the applicant address is filled from the register',
        );
        await waitForText(
          page.getByTestId('prefilled'),
          new RegExp(`Applicant: filled from ${connector} \\(version 1\\)`),
        );
        await screenshot(page, '32-desk-prefilled-applicant');
      });
      check(
        register.requests.some((r) => r.path === '/individuals/900101300011'),
        'the register was called by the server',
      );
    } finally {
      await register.close();
    }
  },
};
