import type { Browser, Locator, Page } from 'playwright-core';

/** What the scenarios share, in order: the server, the browser, and what earlier scenarios made. */
export interface World {
  baseURL: string;
  browser: Browser;
  /** one id for the service, its form and its process (the "new" skeletons refer to each other by it) */
  serviceId: string;
  rulesetId: string;
  /** a case staff submitted, whose deadline the calendar scenario moves */
  caseId?: string;
  /** what a scenario found missing on the server: reported, not failed */
  gaps: string[];
}

export interface Scenario {
  name: string;
  run: (world: World) => Promise<void>;
}

export class ScenarioFailure extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ScenarioFailure(message);
}

/** Waits until the locator's text matches. */
export async function waitForText(locator: Locator, pattern: RegExp, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last =
      (await locator
        .first()
        .textContent()
        .catch(() => null)) ?? '';
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new ScenarioFailure(`expected ${pattern} but the text was "${last.slice(0, 300)}"`);
}

/** The kk / ru / en inputs of a LocalizedInput, found by its legend. */
export function localized(scope: Page | Locator, legend: string, lang: 'kk' | 'ru' | 'en'): Locator {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  return scope
    .locator('fieldset.localized')
    .filter({ has: page.locator(`legend:text-is("${legend}")`) })
    .first()
    .getByLabel(lang, { exact: true });
}

export async function waitSaved(page: Page): Promise<void> {
  await waitForText(page.getByTestId('save-status'), /Draft saved/, 15_000);
}

/** Publishes the open definition through the diff dialog; returns the version. */
export async function publishOpen(page: Page): Promise<number> {
  await waitSaved(page);
  await page.getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog');
  // the readable summary of the changes (the raw diff is folded under it)
  await dialog.getByTestId('change-summary').waitFor();
  await dialog.getByRole('button', { name: 'Publish now' }).click();
  const text = await waitForText(page.getByText(/^Published as v\d+/), /v\d+/);
  return Number(/v(\d+)/.exec(text)?.[1]);
}

/** Creates a definition from the library's "new" and opens it. */
export async function createDefinition(page: Page, base: string, kind: string, id: string): Promise<void> {
  await page.goto(`${base}?kind=${kind}`);
  await page.getByLabel(`New ${kind} id`).fill(id);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.waitForURL(`**/${kind}/${id}`);
  await page.getByTestId('validity').waitFor();
}
