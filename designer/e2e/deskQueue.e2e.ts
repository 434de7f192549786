import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { apiSession } from './apiSession';
import { login, PASSWORD, screenshot, withTab } from './browser';
import { planDeskWalks } from './deskWalkPlan';
import { check, waitForText, type Scenario } from './world';

const LANG = 'kk';
const read = (ns: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../src/i18n/locales/${LANG}/${ns}.json`), 'utf8'));
/** The words staff read, in the language the scenario runs in. */
const desk = read('desk') as {
  queue: {
    search: string;
    find: string;
    whichCases: string;
    status: string;
    next: string;
    pageSize: string;
    who: { mine: string };
    column: Record<string, string>;
  };
  claim: { claim: string; release: string };
  deadlines: { howCounted: string };
  explain: { receipt: Record<string, string> };
};
const users = read('users') as { newGroupFor: string; addGroup: string; groupsOf: string; removeGroup: string };
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/** Nothing wider than the screen: tables scroll inside themselves. */
async function fitsWidth(page: Page, width: number, what: string): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.waitForTimeout(200);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  // the elements that reach past the screen, to say what to fix
  const wide = await page.evaluate(
    (w) =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll'))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`),
    width,
  );
  check(scroll <= width + 1, `${what} is ${scroll} px wide at ${width} px: ${wide.join(', ')}`);
}

async function rows(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid=queue] tbody tr[data-case]')
    .evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[0]?.textContent ?? ''));
}

export const deskQueue: Scenario = {
  name: 'staff find a case by its number, sort by any column, page through the queue, claim and release; admin assigns groups',
  run: async (world) => {
    // three cases in progress, started as a walk would start them (the walks before leave theirs closed),
    // of a service whose term runs from the application, so the page has a due date to explain
    const plan = (await planDeskWalks(world)).find((p) =>
      p.defs.service.deadlines.some((d) => ['received', 'submitted'].includes(String(d.from))),
    );
    const walk = plan?.walks[0];
    check(walk, 'a published service with a term from the application can be walked');
    const staff = await apiSession(world, 'staff');
    const opened: string[] = [];
    for (let i = 0; i < 3; i++) {
      const started = await staff.post<{ id: string }>('/api/cases', { service: walk.service, channel: walk.channel });
      await staff.post(`/api/cases/${started.id}/submit`, { data: walk.application });
      opened.push(started.id);
    }
    await staff.dispose();
    await withTab(world.browser, world.baseURL, 'desk-queue', async ({ page, context }) => {
      await context.addInitScript(
        // a string, guarded: result documents are sandboxed frames without storage
        `try { localStorage.setItem('qagida.lang', ${JSON.stringify(LANG)}); } catch {}`,
      );
      await login(page, 'staff', PASSWORD, LANG);
      await page.goto('/desk/queue?status=');
      const total = await waitForText(page.getByTestId('queue-total'), /\d/);
      const first = (await rows(page))[0];
      check(first, `the queue lists cases (${total})`);

      // search by case number: the one case
      await page.getByLabel(desk.queue.search).fill(first);
      await page.getByRole('button', { name: desk.queue.find }).click();
      await page.waitForURL(/q=/);
      await page.waitForFunction((n) => {
        const cells = [...document.querySelectorAll('[data-testid=queue] tbody tr[data-case] td:first-child')];
        return cells.length === 1 && cells[0]?.textContent === n;
      }, first);
      await page.goto('/desk/queue?status=');

      // sort by a column: aria-sort says so, a second click reverses
      const header = page.getByRole('columnheader', { name: desk.queue.column.number, exact: true });
      await header.getByRole('button').click();
      await page.waitForURL(/sort=number&order=asc/);
      // the header says so once the sorted page has rendered, which can come after the URL changes
      await header
        .and(page.locator('[aria-sort=ascending]'))
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      check((await header.getAttribute('aria-sort')) === 'ascending', 'sorted ascending by number');
      const ascending = await rows(page);
      await header.getByRole('button').click();
      await page.waitForURL(/order=desc/);
      await page.waitForFunction((a) => {
        const first = document.querySelector('[data-testid=queue] tbody tr[data-case] td')?.textContent;
        return first !== a;
      }, ascending[0]);
      check((await header.getAttribute('aria-sort')) === 'descending', 'sorted descending by number');

      // paging: 25 a page, the next page starts at 26
      await page.getByRole('combobox', { name: desk.queue.pageSize, exact: true }).selectOption('25');
      const count = Number(/(\d+)\D*$/.exec(await waitForText(page.getByTestId('queue-total'), /\d/))?.[1] ?? 0);
      if (count > 25) {
        await page.getByRole('button', { name: desk.queue.next }).click();
        await waitForText(page.getByTestId('queue-total'), /26/);
      }
      await screenshot(page, '20-desk-queue-sorted-paged');

      // claim an open case, find it under "mine", release it
      await page.goto('/desk/queue');
      const claim = page.locator('[data-testid=queue] tbody tr[data-case]').first().getByRole('button', {
        name: desk.claim.claim,
      });
      await claim.click();
      const row = page.locator('[data-testid=queue] tbody tr[data-case]').filter({ hasText: 'staff' }).first();
      await row.waitFor();
      const claimed = await row.getAttribute('data-case');
      await page
        .getByRole('radiogroup', { name: desk.queue.whichCases })
        .getByRole('radio', { name: desk.queue.who.mine })
        .click();
      await page.locator(`tr[data-case="${claimed}"]`).waitFor();
      await page.locator(`tr[data-case="${claimed}"]`).getByRole('button', { name: desk.claim.release }).click();
      await page.locator(`tr[data-case="${claimed}"]`).waitFor({ state: 'detached' });

      // at 390 px the queue and a case page still fit: their tables scroll inside themselves
      await page.goto('/desk/queue?status=');
      await page.getByTestId('queue-total').waitFor();
      await fitsWidth(page, 390, 'the queue');
      await screenshot(page, '21-desk-queue-390px');
      await page.goto(`/desk/cases/${opened[0] ?? ''}`);
      await page.getByTestId('history').waitFor();
      // how the due date was counted, on demand: received when and why, the days counted and skipped
      await page.getByRole('button', { name: desk.deadlines.howCounted }).first().click();
      const why = await waitForText(page.getByTestId('counts-from'), /\d{4}-\d\d-\d\d/);
      check(
        Object.values(desk.explain.receipt).some((reason) => why.includes(reason)),
        `the reason the count starts where it does is said in words: "${why}"`,
      );
      await fitsWidth(page, 390, 'the case page');
      await screenshot(page, '22-desk-case-390px');
    });

    await withTab(world.browser, world.baseURL, 'admin-groups', async ({ page, context }) => {
      await context.addInitScript(
        // a string, guarded: result documents are sandboxed frames without storage
        `try { localStorage.setItem('qagida.lang', ${JSON.stringify(LANG)}); } catch {}`,
      );
      await login(page, 'admin', PASSWORD, LANG);
      await page.goto('/admin/users');
      const group = `walk-${Date.now().toString(36)}`;
      await page.getByLabel(fill(users.newGroupFor, { user: 'staff' })).fill(group);
      await page.locator('[data-groups=staff]').getByRole('button', { name: users.addGroup }).click();
      const chips = page.getByRole('list', { name: fill(users.groupsOf, { user: 'staff' }) });
      await waitForText(chips, new RegExp(group));
      await page.getByRole('button', { name: fill(users.removeGroup, { user: 'staff', group }) }).click();
      await page.waitForFunction(
        ([g]) => !document.querySelector('[data-groups=staff]')?.textContent?.includes(g ?? ''),
        [group],
      );
    });
  },
};
