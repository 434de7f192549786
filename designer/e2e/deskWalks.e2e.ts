import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Walk } from '../../runtime/walks';
import { apiSession } from './apiSession';
import { login, PASSWORD, SCREENSHOTS } from './browser';
import { fillForm } from './deskFormFill';
import { planDeskWalks, type ServicePlan } from './deskWalkPlan';
import { check, ScenarioFailure, type Scenario, type World } from './world';

const LANG = 'ru';
const DOCUMENTS = path.resolve(import.meta.dirname, '../../test-output/documents');
/** The Desk's words in the language the walks run in: buttons are found by the names staff read. */
const desk = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, `../src/i18n/locales/${LANG}/desk.json`), 'utf8'),
) as { home: { startCase: string }; form: { submit: string }; work: { reason: string; confirm: string } };

interface Desk {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A tab signed in once as a user, in the walk's language, in UTC (so a planned date-time is typed as it is). */
async function signedIn(world: World, username: string): Promise<Desk> {
  const context = await world.browser.newContext({
    baseURL: world.baseURL,
    viewport: { width: 1280, height: 900 },
    timezoneId: 'UTC',
  });
  await context.addInitScript(
    // a string, guarded: result documents are sandboxed frames without storage
    `try { localStorage.setItem('qagida.lang', ${JSON.stringify(LANG)}); } catch {}`,
  );
  const page = await context.newPage();
  page.setDefaultTimeout(5_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await login(page, username, PASSWORD, LANG);
  return { context, page, errors };
}

async function failIfShown(page: Page): Promise<void> {
  const alert = page.locator('[data-testid=action-error], .case-page > p.error, [data-testid=form-message].error');
  if (await alert.count()) throw new ScenarioFailure(`the Desk says: ${(await alert.first().textContent()) ?? ''}`);
}

/** Waits until the case page shows the step (or the status), failing early on an error the Desk shows. */
async function waitForCase(page: Page, selector: string, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.locator(selector).count()) return;
    await failIfShown(page);
    await page.waitForTimeout(100);
  }
  const step = await page
    .getByTestId('case-step')
    .getAttribute('data-step')
    .catch(() => null);
  throw new ScenarioFailure(`${what} did not come (the case is at step "${step ?? '?'}")`);
}

/** Which signed-in tab may act at a step: staff, unless the step's actor names groups staff is not in. */
function actorTab(
  plan: ServicePlan,
  walk: Walk,
  stepId: string,
  staffGroups: readonly string[],
  tabs: Record<'staff' | 'admin', Desk>,
): Desk {
  const channel = plan.defs.service.channels.find((c) => c.id === walk.channel);
  const process = channel ? plan.defs.processes[channel.process] : undefined;
  const step = process?.steps.find((s) => s.id === stepId);
  const actor = process?.actors.find((a) => a.id === step?.actor) as { groups?: string[] } | undefined;
  const staffMay = !actor?.groups?.length || actor.groups.some((g) => staffGroups.includes(g));
  return staffMay ? tabs.staff : tabs.admin;
}

const shot = new Set<string>();

/** One walk through the Desk: start, fill and submit the application, take each step's action, open the result. */
async function walkInDesk(
  plan: ServicePlan,
  walk: Walk,
  tabs: Record<'staff' | 'admin', Desk>,
  staffGroups: readonly string[],
): Promise<{ number: string; documents: string[]; waits?: string }> {
  const { service } = plan.defs;
  const { page } = tabs.staff;
  await page.goto('/desk');
  await page.locator('select[name=service]').selectOption(service.id);
  await page.locator(`input[name=channel][value="${walk.channel}"]`).check();
  await page.getByRole('button', { name: desk.home.startCase }).click();
  await page.waitForURL('**/desk/cases/*');
  const caseUrl = new URL(page.url()).pathname;
  const form = plan.defs.forms[service.form];
  if (!form) throw new ScenarioFailure(`the service's form "${service.form}" is not published`);
  await page
    .locator('[id="case_' + (form.fields.find((f) => f.type !== 'info')?.key ?? '') + '"]')
    .first()
    .waitFor();
  await fillForm(page, form, 'case', walk.application);
  await page.getByRole('button', { name: desk.form.submit, exact: true }).click();
  await waitForCase(page, '[data-testid=case-status]:not([data-status=draft])', 'the submitted case');

  for (const move of walk.moves) {
    const where = `step "${move.step}", action "${move.action}"`;
    const tab = actorTab(plan, walk, move.step, staffGroups, tabs);
    if (new URL(tab.page.url()).pathname !== caseUrl) await tab.page.goto(caseUrl);
    const p = tab.page;
    try {
      await waitForCase(p, `[data-testid=case-step][data-step="${move.step}"]`, `step "${move.step}"`);
      for (const [formId, data] of Object.entries(move.forms)) {
        const shown = p.locator(`[data-step-form="${formId}"]`);
        if (!(await shown.count()))
          await shown.waitFor({ timeout: 3_000 }).catch(() => {
            throw new ScenarioFailure(`the Desk shows no form "${formId}" at this step`);
          });
        const stepForm = plan.defs.forms[formId];
        if (!stepForm) throw new ScenarioFailure(`form "${formId}" is not published`);
        await fillForm(p, stepForm, `step_${formId.replace(/[^A-Za-z0-9]/g, '_')}`, data);
      }
      for (const [inputId, value] of Object.entries(move.input)) {
        const widget = p.locator(`[data-input="${inputId}"]`);
        await widget.waitFor({ timeout: 3_000 }).catch(() => {
          throw new ScenarioFailure(`the input "${inputId}" has no widget`);
        });
        if (typeof value === 'boolean')
          await widget
            .locator('input[type=radio]')
            .nth(value ? 0 : 1)
            .check();
        else await widget.locator('input').fill(String(value));
      }
      if (Object.keys(move.forms).length && !shot.has(walk.service)) {
        shot.add(walk.service); // what staff see at a step that asks for a form, once per service
        await p.screenshot({ path: path.join(SCREENSHOTS, `desk-step-form-${walk.service}.png`), fullPage: true });
      }
      const button = p.locator(`button[data-action="${move.action}"]`);
      await button.waitFor({ timeout: 5_000 }).catch(() => {
        throw new ScenarioFailure(`the Desk offers no button for the action`);
      });
      // a 'not before' term cannot be waited out in a browser walk on the real clock: the walk checks that
      // the Desk holds the action back and says from when (the API walks move their clock past it)
      const waiting = p.getByTestId(`possible-from-${move.action}`);
      if (await waiting.count()) {
        check(!(await button.isEnabled()), `the action waits for its term but its button is enabled`);
        const hint = ((await waiting.textContent()) ?? '').trim();
        check(/\d{4}/.test(hint), `the Desk does not say from when the action is possible ("${hint}")`);
        const number = ((await p.getByTestId('case-number').textContent()) ?? '').trim();
        return { number, documents: [], waits: `${where} ${hint}` };
      }
      const enabled = Date.now() + 5_000;
      while (!(await button.isEnabled()) && Date.now() < enabled) await p.waitForTimeout(100);
      if (!(await button.isEnabled()))
        throw new ScenarioFailure(`the action's button stays disabled with the data filled`);
      await button.click();
      if (move.reason) {
        await p.getByLabel(desk.work.reason).fill(move.reason);
        await p.getByRole('button', { name: desk.work.confirm }).click();
      }
      await waitForCase(
        p,
        `[data-testid=case-status][data-status=done], [data-testid=case-step]:not([data-step="${move.step}"])`,
        `the case after "${move.action}"`,
      );
      if (move.reason) {
        const history = p.getByTestId('history');
        await history.waitFor();
        check(
          (await history.textContent())?.includes(move.reason),
          `the reason of "${move.action}" is not in the history`,
        );
      }
    } catch (error) {
      await p
        .screenshot({
          path: path.join(SCREENSHOTS, `FAILED-walk-${walk.service}-${walk.channel}-${walk.end}.png`),
          fullPage: true,
        })
        .catch(() => undefined);
      throw new ScenarioFailure(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // the end: every step taken, the outcome planned, the documents of that outcome open
  const p = tabs.staff.page;
  if (new URL(p.url()).pathname !== caseUrl) await p.goto(caseUrl);
  await waitForCase(p, '[data-testid=case-status][data-status=done]', 'the closed case');
  if (walk.outcome)
    check(await p.locator(`[data-outcome="${walk.outcome}"]`).count(), `the outcome is not "${walk.outcome}"`);
  const number = ((await p.getByTestId('case-number').textContent()) ?? '').trim();
  const outputs = service.outputs.filter((o) => !o.on || o.on === walk.outcome);
  const opened: string[] = [];
  for (const output of outputs) {
    const show = p.locator(`button[data-output="${output.id}"]`);
    await show.waitFor({ timeout: 5_000 }).catch(() => {
      throw new ScenarioFailure(`the document "${output.id}" of outcome "${walk.outcome ?? '?'}" is not listed`);
    });
    const href = await p.locator('li', { has: show }).locator('a').getAttribute('href');
    if (!href) throw new ScenarioFailure(`the document "${output.id}" has no printable link`);
    const response = await p.goto(href);
    check(response?.ok(), `the document "${output.id}" answered ${response?.status() ?? 'nothing'}`);
    await mkdir(DOCUMENTS, { recursive: true });
    await p.screenshot({
      path: path.join(DOCUMENTS, `${walk.service}-${walk.channel}-${walk.end}-${output.id}.png`),
      fullPage: true,
    });
    opened.push(output.id);
    await p.goto(caseUrl);
    await p.locator(`button[data-output="${output.id}"]`).waitFor();
  }
  return { number, documents: opened };
}

export const deskWalks: Scenario = {
  name: 'staff walk every published service × channel through the Desk, to an issued and a refused outcome, and open the documents',
  run: async (world) => {
    const started = Date.now();
    // DESK_WALKS=<service>,… narrows the walks while iterating on one service
    const only = process.env.DESK_WALKS?.split(',').filter(Boolean);
    const plans = (await planDeskWalks(world)).filter((p) => !only?.length || only.includes(p.defs.service.id));
    const api = await apiSession(world, 'admin');
    const users = await api.get<{ users: { username: string; groups?: string[] }[] }>('/api/users');
    await api.dispose();
    const staffGroups = users.users.find((u) => u.username === 'staff')?.groups ?? [];
    const tabs = { staff: await signedIn(world, 'staff'), admin: await signedIn(world, 'admin') };
    const failures = plans.flatMap((p) => p.failures.map((f) => f.message));
    const table: string[] = [];
    try {
      for (const plan of plans)
        for (const walk of plan.walks) {
          const at = Date.now();
          const name = `service "${walk.service}", channel "${walk.channel}", end "${walk.end}"`;
          try {
            const done = await walkInDesk(plan, walk, tabs, staffGroups);
            table.push(
              done.waits
                ? `⏸ ${name} → case ${done.number} waits: ${done.waits} (${Date.now() - at} ms)`
                : `✔ ${name} → case ${done.number}, documents: ${done.documents.join(', ') || 'none'} (${Date.now() - at} ms)`,
            );
          } catch (error) {
            failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
            table.push(`✘ ${name} (${Date.now() - at} ms)`);
          }
        }
      for (const desk of Object.values(tabs)) {
        // no request of the walks may fail, nor any script: every error in the console fails them
        if (desk.errors.length) failures.push(`console errors: ${[...new Set(desk.errors)].join(' | ')}`);
      }
    } finally {
      for (const desk of Object.values(tabs)) await desk.context.close();
    }
    console.log(`  Desk walks (${Date.now() - started} ms):\n  ${table.join('\n  ')}`);
    check(failures.length === 0, `Desk walks failed:\n  ${failures.join('\n  ')}`);
  },
};
