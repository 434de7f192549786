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
    await setCredential(page);
  });
}

/** The admin stores a credential, replaces it and deletes it; its value is never shown back. */
async function setCredential(page: Page): Promise<void> {
  const secret = `e2e-secret-${Date.now().toString(36)}`;
  const section = page.locator('section.connector-credentials');
  await section.getByLabel('Credential name').fill('E2E_REGISTER_TOKEN');
  await section.getByLabel('New value').fill(secret);
  await section.getByRole('button', { name: 'Store' }).click();
  await waitForText(page.getByTestId('credential-status'), /Credential E2E_REGISTER_TOKEN stored/);
  await waitForText(page.getByTestId('connector-credentials'), /E2E_REGISTER_TOKEN.*stored encrypted, not shown/);
  check((await section.getByLabel('New value').inputValue()) === '', 'the value box is cleared once stored');
  check(!(await page.content()).includes(secret), 'the stored value is nowhere on the page');
  await page.reload();
  await waitForText(page.getByTestId('connector-credentials'), /E2E_REGISTER_TOKEN/);
  check(!(await page.content()).includes(secret), 'the stored value is not sent back to the page');
  await screenshot(page, '30b-admin-connector-credentials');
  // replacing: the same name with a new value
  await section.getByRole('button', { name: 'Replace value' }).click();
  check((await section.getByLabel('Credential name').inputValue()) === 'E2E_REGISTER_TOKEN', 'replace names it');
  await section.getByLabel('New value').fill(`${secret}-2`);
  await section.getByRole('button', { name: 'Store' }).click();
  await waitForText(page.getByTestId('credential-status'), /Credential E2E_REGISTER_TOKEN stored/);
  check(!(await page.content()).includes(`${secret}-2`), 'the replaced value is nowhere on the page');
  page.once('dialog', (dialog) => void dialog.accept());
  await section.getByRole('button', { name: 'Delete' }).click();
  await waitForText(page.getByTestId('credential-status'), /Credential E2E_REGISTER_TOKEN deleted/);
  await waitForText(section, /No credential is stored here/);
}

async function buildConnector(page: Page, id: string, registerUrl: string): Promise<void> {
  await createDefinition(page, '/design', 'connector', id);
  await page.getByLabel('URL template ({name} is an input)').fill(`${registerUrl}/individuals/{iin}`);
  // the answer's schema and the outputs, with widgets (the skeleton already has the IIN input)
  const schema = page.locator('fieldset.response-schema');
  const outputs = page.locator('section.list-editor[aria-label="Outputs"]');
  const fields = [
    ['fullName', 'Full name'],
    ['address', 'Address'],
  ] as const;
  for (const [i, [name, label]] of fields.entries()) {
    await schema.getByRole('button', { name: 'Add property' }).click();
    const row = schema.locator('tbody tr').nth(i);
    await row.getByLabel('Property').fill(name);
    await row.getByLabel('Required').check();
    await outputs.getByRole('button', { name: 'Add output' }).click();
    const item = outputs.locator('details.list-item').nth(i);
    await item.getByLabel('Name', { exact: true }).fill(name);
    await item.locator('fieldset.localized').getByLabel('en', { exact: true }).fill(label);
    await item.getByLabel('Read from the answer at (JSON pointer)').fill(`/${name}`);
  }
  // what the widgets wrote is what the JSON tab shows
  await page.getByRole('tab', { name: 'JSON' }).click();
  const definition = JSON.parse(await page.getByLabel('Definition JSON').inputValue()) as {
    responseSchema: unknown;
    outputs: unknown;
  };
  check(
    JSON.stringify(definition.responseSchema) ===
      JSON.stringify({
        type: 'object',
        required: ['fullName', 'address'],
        properties: { fullName: { type: 'string' }, address: { type: 'string' } },
      }),
    `the response schema is built from the rows: ${JSON.stringify(definition.responseSchema)}`,
  );
  check(
    JSON.stringify(definition.outputs) ===
      JSON.stringify([
        { name: 'fullName', label: { en: 'Full name' }, from: '/fullName' },
        { name: 'address', label: { en: 'Address' }, from: '/address' },
      ]),
    `the outputs are built from the list: ${JSON.stringify(definition.outputs)}`,
  );
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
  const section = page.locator('section.list-editor[aria-label="Filled from registers (prefill)"]');
  // the shipped button prefill now calls the new connector
  const button = section.locator('details.list-item').nth(0);
  await button.locator('summary').click();
  await button.getByLabel('Connector', { exact: true }).selectOption(connector);
  // and a prefill on case start: staff type the IIN on the Desk's start screen
  await section.locator(':scope > button').last().click();
  const start = section.locator('details.list-item').nth(1);
  await start.getByLabel('Connector', { exact: true }).selectOption(connector);
  await start.getByLabel('iin', { exact: true }).selectOption('applicantIin');
  await start.getByLabel('fullName', { exact: true }).selectOption('applicantName');
  await start.getByLabel('address', { exact: true }).selectOption('applicantAddress');
  await page.getByRole('tab', { name: 'JSON' }).click();
  const form = JSON.parse(await page.getByLabel('Definition JSON').inputValue()) as { prefill: unknown };
  const expected = [
    {
      connector,
      on: 'button',
      button: 'applicantIin',
      inputs: { iin: 'applicantIin' },
      fill: { fullName: 'applicantName', address: 'applicantAddress' },
    },
    {
      connector,
      on: 'start',
      inputs: { iin: 'applicantIin' },
      fill: { fullName: 'applicantName', address: 'applicantAddress' },
    },
  ];
  check(
    JSON.stringify(form.prefill) === JSON.stringify(expected),
    `the prefills are built from the widgets: ${JSON.stringify(form.prefill)}`,
  );
  await page.getByRole('tab', { name: 'Editor' }).click();
  await waitForText(page.getByTestId('validity'), /^valid$/);
  await publishOpen(page);
}

/**
 * Issue 18: an administrator opens the test register's host and manages a credential (never
 * shown back), an analyst adds a connector (trying it first) and prefills (on a button and on
 * case start) to the archival reference's form and publishes, and staff see the applicant's
 * name and address filled from the register as the case starts and from the button, marked as such.
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
        // prefill on start: the IIN typed on the start screen, the applicant filled as the case starts
        await page.getByTestId('start-prefill').getByLabel(/IIN/).fill('850715400022');
        await screenshot(page, '32a-desk-start-with-iin');
        await page.getByRole('button', { name: 'Start case' }).click();
        await page.waitForURL('**/desk/cases/*');
        await page.getByRole('radiogroup', { name: 'Form language' }).getByRole('radio', { name: 'en' }).click();
        await page.locator('#case_applicantName').waitFor();
        check(
          (await page.locator('#case_applicantName').inputValue()) === 'Иванов Сергей Петрович',
          'the applicant name is filled from the register as the case starts',
        );
        await waitForText(
          page.getByTestId('prefilled'),
          new RegExp(`Applicant: filled from ${connector} \\(version 1\\)`),
        );
        await screenshot(page, '32b-desk-prefilled-on-start');
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
      check(
        register.requests.some((r) => r.path === '/individuals/850715400022'),
        'the register was called by the server when the case started',
      );
    } finally {
      await register.close();
    }
  },
};
