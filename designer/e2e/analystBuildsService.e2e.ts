import type { Page } from 'playwright-core';
import { login, screenshot, withTab } from './browser';
import { apiSession } from './apiSession';
import {
  check,
  createDefinition,
  localized,
  publishOpen,
  waitForText,
  waitSaved,
  type Scenario,
  type World,
} from './world';

const FIELDS = [
  { type: 'text', key: 'applicantName', label: 'Applicant name', required: true },
  { type: 'iin', key: 'iin', label: 'IIN', required: true },
  { type: 'date', key: 'birthDate', label: 'Date of birth', required: false },
  { type: 'boolean', key: 'resident', label: 'Resident of Kazakhstan', required: false },
  { type: 'choice', key: 'purpose', label: 'Purpose', required: true },
] as const;

async function fieldOrder(page: Page): Promise<string[]> {
  return page.locator('.field-tree .field-key').allTextContents();
}

/** The analyst proposes the rule as a ruleset draft and tries it on the bench; publishing it is an administrator's. */
async function buildRuleset(page: Page, world: World): Promise<void> {
  await createDefinition(page, '/design', 'ruleset', world.rulesetId);
  await localized(page, 'Title', 'en').fill('Residents');

  await page.getByRole('button', { name: 'Add fact' }).click();
  const fact = page.locator('section[aria-label="Facts"] details').last();
  await fact.getByLabel('Name').fill('resident');
  await fact.getByLabel('Type').selectOption('boolean');
  await fact.getByLabel('From').selectOption('data');
  await fact.getByLabel('Path (JSON pointer)').fill('/resident');

  await page.getByRole('button', { name: 'Add event' }).click();
  const event = page.locator('section[aria-label="Events"] details').last();
  await event.getByLabel('Type').fill('resident-applicant');
  await localized(event, 'Label', 'en').fill('The applicant is a resident');

  await page.getByRole('button', { name: 'Add rule' }).click();
  const rule = page.locator('section[aria-label="Rules"] details').last();
  await rule.getByLabel('Rule id').fill('resident-rule');
  const builder = rule.getByRole('group', { name: /Conditions of/ });
  check((await builder.locator('.cond-leaf').count()) === 1, 'the new rule starts with one condition');
  // the builder nests and removes: add a group, then remove it again
  await builder.getByRole('button', { name: '+ group' }).first().click();
  check((await builder.locator('.cond-group').count()) === 2, 'a nested group was added');
  await builder.locator('.cond-group .cond-group').getByRole('button', { name: 'Remove condition' }).click();
  check((await builder.locator('.cond-group').count()) === 1, 'the nested group was removed');
  await waitForText(page.getByTestId('validity'), /^valid$/);

  const bench = page.getByRole('complementary', { name: 'Test bench' });
  await bench.getByRole('button', { name: 'Reset facts' }).click();
  const facts = JSON.parse(await bench.getByLabel('Sample facts (JSON)').inputValue()) as Record<string, unknown>;
  await bench.getByLabel('Sample facts (JSON)').fill(JSON.stringify({ ...facts, resident: true }));
  await bench.getByRole('button', { name: 'Run rules' }).click();
  await waitForText(bench.getByTestId('bench-result'), /✔ fired\s*resident-rule/);
  await screenshot(page, '02-design-rules-editor');
  await bench.getByLabel('Sample facts (JSON)').fill(JSON.stringify({ ...facts, resident: false }));
  await bench.getByRole('button', { name: 'Run rules' }).click();
  await waitForText(bench.getByTestId('bench-result'), /did not fire\s*resident-rule/);
  await waitSaved(page);
  // four eyes: no Publish for the analyst, who is told who publishes
  check((await page.getByRole('button', { name: 'Publish…' }).count()) === 0, 'no Publish button on a ruleset');
  await waitForText(page.getByTestId('publish-note'), /an administrator publishes rulesets/);
}

/** An administrator reviews the proposed ruleset draft and publishes it, in a browser of their own. */
async function adminPublishesRuleset(world: World): Promise<void> {
  await withTab(world.browser, world.baseURL, 'admin-publishes-ruleset', async ({ page }) => {
    await login(page, 'admin');
    await page.goto(`/admin/definitions/ruleset/${world.rulesetId}`);
    await waitForText(page.locator('section[aria-label="Rules"]'), /resident-rule/);
    // the analyst's draft, opened as it was saved: nothing to save before publishing
    await waitForText(page.getByTestId('save-status'), /No changes/);
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('First publication: everything is new.').waitFor();
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await waitForText(page.getByText(/^Published as v\d+/), /v1\b/);
  });
}

async function buildForm(page: Page, world: World): Promise<void> {
  await createDefinition(page, '/design', 'form', world.serviceId);
  await localized(page, 'Form title', 'en').fill('E2E application');
  for (const field of FIELDS) {
    await page.getByLabel('Field type').selectOption(field.type);
    await page.getByRole('button', { name: 'Add field' }).click();
    const editor = page.locator('.field-editor');
    await editor.getByLabel('Key (data name)').fill(field.key);
    await localized(editor, 'Label', 'en').fill(field.label);
    if (field.required) await editor.getByLabel('Required').check();
  }
  check((await fieldOrder(page)).join() === FIELDS.map((f) => f.key).join(), 'five fields in order');

  // validation runs as you type, and the error shows on its widget
  const key = page.locator('.field-editor').getByLabel('Key (data name)');
  await key.fill('9purpose');
  await waitForText(page.locator('.field-editor .field-errors[data-pointer="/fields/4/key"]'), /must match/);
  await waitForText(page.getByTestId('validity'), /problem/);
  await key.fill('purpose');
  await waitForText(page.getByTestId('validity'), /^valid$/);

  // keyboard: Alt+↑ moves the focused field up, Alt+↓ back
  const purposeRow = page.locator('.field-row[data-field-key="purpose"]');
  await purposeRow.focus();
  await page.keyboard.press('Alt+ArrowUp');
  check((await fieldOrder(page))[3] === 'purpose', `Alt+ArrowUp moved purpose up: ${(await fieldOrder(page)).join()}`);
  await page.locator('.field-row[data-field-key="purpose"]').focus();
  await page.keyboard.press('Alt+ArrowDown');
  check((await fieldOrder(page))[4] === 'purpose', 'Alt+ArrowDown moved it back');

  // drag and drop: the date field before the name
  await page
    .locator('.field-row[data-field-key="birthDate"]')
    .dragTo(page.locator('.field-row[data-field-key="applicantName"]'));
  const dragged = await fieldOrder(page);
  check(dragged[0] === 'birthDate', `drag and drop moved birthDate first: ${dragged.join()}`);

  // a visibility condition: the purpose only for residents
  await page.locator('.field-row[data-field-key="purpose"]').click();
  await page.locator('.field-editor').getByLabel('Show only when field').selectOption('resident');

  // the preview renders with @rjsf exactly as the desk, and switches language
  const preview = page.getByRole('region', { name: 'Preview' });
  await waitForText(preview, /Applicant name/);
  await waitForText(preview.locator('.lang-switch [aria-checked="true"]'), /\w/);

  // the JSON view stays in sync both ways
  await page.getByRole('tab', { name: 'JSON' }).click();
  const json = page.getByLabel('Definition JSON');
  const definition = JSON.parse(await json.inputValue()) as {
    title: Record<string, string>;
    fields: { key: string }[];
  };
  check(definition.fields.length === 5, 'the JSON holds the five fields');
  definition.title.en = 'E2E application form';
  await json.fill(JSON.stringify(definition, null, 2));
  await page.getByRole('tab', { name: 'Editor' }).click();
  check(
    (await localized(page, 'Form title', 'en').inputValue()) === 'E2E application form',
    'a JSON edit reached the builder',
  );
  await page.locator('.field-row[data-field-key="applicantName"]').click();
  await screenshot(page, '01-design-form-builder');
  await publishOpen(page);
}

async function buildProcess(page: Page, world: World): Promise<void> {
  await createDefinition(page, '/design', 'process', world.serviceId);
  await page.locator('.step-panel').getByRole('combobox', { name: /^Step/ }).selectOption('receive');
  const inspector = page.locator('.step-inspector');
  await inspector.getByLabel('Time limit').fill('8');
  await inspector.getByLabel('Actor').selectOption('(none)');
  await waitForText(page.locator('.step-node.invalid'), /actor/);
  await screenshot(page, '03-design-process-error-on-step');
  await inspector.getByLabel('Actor').selectOption('clerk');
  await waitForText(page.getByTestId('validity'), /^valid$/);
  await screenshot(page, '03-design-process-editor');
  await publishOpen(page);
}

async function buildTemplate(page: Page, world: World): Promise<void> {
  await createDefinition(page, '/design', 'template', world.serviceId);
  await page.getByRole('radiogroup', { name: 'Template language' }).getByRole('radio', { name: 'en' }).click();
  await page.getByLabel('Body (en, Handlebars)').fill('<h1>Result</h1><p>Issued to {{data.applicantName}}</p>');
  await page.getByLabel('Sample data (JSON)').fill('{"applicantName": "Sample Applicant"}');
  const preview = page.frameLocator('iframe[title="Rendered document"]');
  await waitForText(preview.locator('body'), /Issued to Sample Applicant/);
  await screenshot(page, '04-design-template-editor');
  await publishOpen(page);
}

async function buildService(page: Page, world: World): Promise<void> {
  await createDefinition(page, '/design', 'service', world.serviceId);
  await localized(page, 'Title', 'en').fill('E2E service');
  await page.getByRole('button', { name: 'Add deadline' }).click();
  const deadline = page.locator('section[aria-label="Deadlines"] details').last();
  await deadline.getByLabel('Id').fill('term');
  check((await deadline.getByLabel('Amount').inputValue()) === '10', 'ten');
  check((await deadline.getByLabel('Unit').inputValue()) === 'working-days', 'working days');
  await localized(deadline, 'Label', 'en').fill('Term of the service');
  await waitForText(
    deadline.getByTestId('deadline-preview-term'),
    /submitted Fri, 20 Mar 2026, 17:45 → due \w{3}, \d+ \w{3} 2026, \d\d:\d\d/,
  );
  await page.getByLabel(world.rulesetId, { exact: true }).check();
  await page.getByRole('button', { name: 'Add output' }).click();
  const output = page.locator('section[aria-label="Outputs"] details').last();
  await output.getByLabel('Id').fill('result');
  await output.getByLabel('Template').selectOption(world.serviceId);
  await output.getByLabel('Issued on').selectOption('issued');
  await screenshot(page, '04-design-service-editor');
  await publishOpen(page);
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('button', { name: 'v1' }).click();
  await waitForText(page.locator('.history'), /v1[\s\S]*add/);
  await screenshot(page, '05-design-version-history');
}

export const analystBuildsService: Scenario = {
  name: 'analyst builds a five-field form, a 10-working-day deadline and a rule (draft); an admin publishes the rule; the analyst publishes the service; a case starts',
  run: async (world) => {
    await withTab(world.browser, world.baseURL, 'analyst', async ({ page }) => {
      await login(page, 'analyst');
      await page.goto('/design?kind=service');
      await screenshot(page, '00-design-library');
      await buildRuleset(page, world);
      await buildForm(page, world);
      await buildProcess(page, world);
      await buildTemplate(page, world);

      // the service refers to the ruleset: it publishes once an administrator has published the rule
      const analyst = await apiSession(world, 'analyst');
      const refused = await analyst.postStatus(`/api/definitions/ruleset/${world.rulesetId}/publish`);
      check(refused === 403, `the server refuses the analyst's ruleset publish, got ${refused}`);
      await analyst.dispose();
      await adminPublishesRuleset(world);
      await buildService(page, world);

      const staff = await apiSession(world, 'staff');
      const started = await staff.post<{ id: string; status: string; pins: { rulesets: { id: string }[] } }>(
        '/api/cases',
        { service: world.serviceId, channel: 'office' },
      );
      check(started.status === 'draft', `a started case is a draft, got ${started.status}`);
      check(
        started.pins.rulesets.some((r) => r.id === world.rulesetId),
        'the case pins the ruleset the admin published',
      );
      await staff.dispose();
    });
  },
};
