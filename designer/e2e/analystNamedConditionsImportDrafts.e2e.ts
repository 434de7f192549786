import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { login, screenshot, withTab } from './browser';
import { check, createDefinition, localized, waitForText, waitSaved, type Scenario } from './world';

const suffix = Date.now().toString(36);

/** A named condition built once, used by name in a rule, tried on the bench. */
async function namedCondition(page: Page): Promise<void> {
  const id = `h14r-rules-${suffix}`;
  await createDefinition(page, '/design', 'ruleset', id);
  await localized(page, 'Title', 'en').fill('Adults');
  await page.getByRole('button', { name: 'Add fact' }).click();
  const fact = page.locator('section[aria-label="Facts"] details').last();
  await fact.getByLabel('Name').fill('age');
  await fact.getByLabel('Type').selectOption('number');
  await page.getByRole('button', { name: 'Add event' }).click();
  const event = page.locator('section[aria-label="Events"] details').last();
  // any text is an event type now: capitals, spaces, a colon
  await event.getByLabel('Type').fill('Adult applicant: fee due');
  await localized(event, 'Label', 'en').fill('Fee due');

  const named = page.getByRole('region', { name: 'Named conditions' });
  await named.getByRole('button', { name: 'Add named condition' }).click();
  const builder = named.getByRole('group', { name: 'Conditions of condition1' });
  await builder.getByRole('button', { name: '+ condition' }).click();
  await builder.getByLabel('Fact').fill('age');
  await builder.getByLabel('Operator').selectOption('greaterThanInclusive');
  await builder.getByLabel('Value').fill('18');
  await builder.getByLabel('Value').blur();
  await named.getByLabel('Name', { exact: true }).fill('adult');
  await named.getByLabel('Name', { exact: true }).blur();
  await named.getByRole('group', { name: 'Conditions of adult' }).waitFor();

  await page.getByRole('button', { name: 'Add rule' }).click();
  const rule = page.locator('section[aria-label="Rules"] details').last();
  await rule.getByLabel('Rule id').fill('fee');
  const ruleBuilder = rule.getByRole('group', { name: /Conditions of/ });
  await ruleBuilder.locator('.cond-leaf').getByRole('button', { name: 'Remove condition' }).click();
  await ruleBuilder.getByRole('button', { name: '+ named' }).click();
  check((await ruleBuilder.getByLabel('Named condition').inputValue()) === 'adult', 'the rule refers to "adult"');
  await rule.getByLabel('Event', { exact: true }).selectOption('Adult applicant: fee due');
  await waitForText(page.getByTestId('validity'), /^valid$/);

  const bench = page.getByRole('complementary', { name: 'Test bench' });
  await bench.getByLabel('Sample facts (JSON)').fill(JSON.stringify({ age: 30 }));
  await bench.getByRole('button', { name: 'Run rules' }).click();
  await waitForText(bench.getByTestId('bench-result'), /Adult applicant: fee due[\s\S]*✔ fired[\s\S]*\[adult\]/);
  await bench.getByLabel('Sample facts (JSON)').fill(JSON.stringify({ age: 12 }));
  await bench.getByRole('button', { name: 'Run rules' }).click();
  await waitForText(bench.getByTestId('bench-result'), /Events: none/);
  await waitSaved(page);
  await screenshot(page, 'h14r-01-named-condition');
}

/** A new service naming a form and a process nobody made is never "valid"; its draft can be deleted. */
async function serviceAndDraft(page: Page): Promise<void> {
  const id = `h14r-svc-${suffix}`;
  await createDefinition(page, '/design', 'service', id);
  await waitForText(page.getByTestId('validity'), /problem/);
  const text = (await page.locator('.error-summary, [role="alert"]').allTextContents()).join(' ');
  check(
    /no form/.test(text) && /no process/.test(text),
    `the problems name the missing form and process: ${text.slice(0, 200)}`,
  );
  await page.waitForTimeout(800);
  check(!/^valid$/.test((await page.getByTestId('validity').textContent()) ?? ''), 'still not valid after the check');
  await screenshot(page, 'h14r-02-service-missing-references');

  await page.getByRole('button', { name: 'Delete draft…' }).click();
  const dialog = page.getByRole('dialog');
  await waitForText(dialog, /never published/);
  await dialog.getByRole('button', { name: 'Delete the draft' }).click();
  await page.waitForURL(/\/design\?kind=service/);
  await page.getByText('Nothing here yet.').or(page.locator('table')).first().waitFor();
  check((await page.getByText(id, { exact: true }).count()) === 0, 'the deleted draft is not listed');
}

/** An rjsf-style form imported, its report read, its fields taken; then downloaded as JSON Schema. */
async function importAndExport(page: Page): Promise<void> {
  const id = `h14r-form-${suffix}`;
  await createDefinition(page, '/design', 'form', id);
  await page.getByRole('button', { name: 'Import JSON Schema…' }).click();
  const schema = {
    title: 'A registration form',
    type: 'object',
    required: ['firstName'],
    properties: {
      firstName: { type: 'string', title: 'First name', default: 'Chuck' },
      age: { type: 'integer', title: 'Age', minimum: 0 },
      bio: { type: 'string', title: 'Bio' },
    },
  };
  await page.getByLabel('JSON Schema (or an exported file holding schema and uiSchema)').fill(JSON.stringify(schema));
  await page
    .getByLabel('uiSchema (optional)')
    .fill(JSON.stringify({ bio: { 'ui:widget': 'textarea' }, age: { 'ui:widget': 'updown' } }));
  await page.getByRole('button', { name: 'Read the schema' }).click();
  const report = page.locator('.import-report');
  // the default fits its field and comes over; only the widget does not
  await waitForText(report, /Part came over: 3 field\(s\); 1 keyword\(s\) could not be carried/);
  await waitForText(report, /uiSchema:\/age\/ui:widget/);
  await screenshot(page, 'h14r-03-import-report');
  await report.getByRole('button', { name: 'Replace the fields with these 3 fields' }).click();
  const keys = await page.locator('.field-tree .field-key').allTextContents();
  check(keys.join() === 'firstName,age,bio', `the imported fields: ${keys.join()}`);
  await waitForText(page.getByTestId('validity'), /^valid$/);
  await waitSaved(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON Schema + uiSchema' }).click(),
  ]);
  check(download.suggestedFilename() === `${id}.en.rjsf.json`, `file name ${download.suggestedFilename()}`);
  const file = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as {
    schema: { properties: Record<string, unknown>; required?: string[] };
    uiSchema: Record<string, unknown>;
  };
  check(Object.keys(file.schema.properties).join() === 'firstName,age,bio', 'the download holds the three fields');
  check(file.schema.required?.includes('firstName'), 'and the required one');
  const firstName = file.schema.properties.firstName as { default?: unknown };
  check(firstName.default === 'Chuck', `and the default that came over, got ${String(firstName.default)}`);
}

/** A shipped process of 26 steps, laid out by dagre: no two step boxes and no two labels overlap on screen. */
async function processLayout(page: Page): Promise<void> {
  await page.goto('/design/process/automation-request');
  await page.locator('.step-node').first().waitFor();
  const boxes = (await page.locator('.react-flow__node-step').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, id: el.getAttribute('data-id') };
    }),
  )) as { x: number; y: number; w: number; h: number; id: string }[];
  const labels = (await page.locator('.edge-label').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, id: el.textContent ?? '' };
    }),
  )) as { x: number; y: number; w: number; h: number; id: string }[];
  const overlap = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
    a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
  const pairs: string[] = [];
  const all = [...boxes, ...labels];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) if (overlap(all[i]!, all[j]!)) pairs.push(`${all[i]!.id} × ${all[j]!.id}`);
  check(boxes.length >= 20, `the process shows its steps (${boxes.length})`);
  check(labels.length >= 10, `and its edge labels (${labels.length})`);
  check(pairs.length === 0, `nothing overlaps on screen: ${pairs.slice(0, 5).join('; ')}`);
  await screenshot(page, 'h14r-04-process-layout');
}

export const analystNamedConditionsImportDrafts: Scenario = {
  name: 'analyst uses a named condition in a rule, sees a new service is not valid while its form and process are missing, deletes its draft, imports an rjsf form and downloads it; a shipped process lays out without overlaps',
  run: async (world) => {
    await withTab(world.browser, world.baseURL, 'h14r-analyst', async ({ page }) => {
      await login(page, 'analyst');
      await namedCondition(page);
      await serviceAndDraft(page);
      await importAndExport(page);
      await processLayout(page);
    });
  },
};
