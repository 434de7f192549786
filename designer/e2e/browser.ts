import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
export const PASSWORD = process.env.QAGIDA_DEMO_PASSWORD ?? 'qagida-demo';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A signed-out browser tab at 1280×800 that records every console error and uncaught exception. */
export interface Tab {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
}

export type TabLang = 'kk' | 'ru' | 'en';

export interface TabOptions {
  /** The interface language the tab starts in (localStorage `qagida.lang`); 'en' unless said. */
  lang?: TabLang;
  viewport?: { width: number; height: number };
}

export async function openTab(browser: Browser, baseURL: string, options: TabOptions = {}): Promise<Tab> {
  const lang = options.lang ?? 'en';
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }[lang],
    timezoneId: 'Europe/London', // not Almaty: times on screen must follow the calendar's zone, not the browser's
  });
  // before any script of the page runs, so the first paint is already in the chosen language
  // (a string: tsx names compiled functions with __name, which the page lacks; sandboxed frames have no storage)
  await context.addInitScript(
    `try { if (!localStorage.getItem('qagida.lang')) localStorage.setItem('qagida.lang', ${JSON.stringify(lang)}); } catch {}`,
  );
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  // the browser reports each non-2xx fetch as a console error: a scenario allows only those it provokes
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { context, page, consoleErrors };
}

const LOGIN_WORDS: Record<TabLang, { user: string; password: string; submit: string }> = {
  kk: { user: 'Пайдаланушы аты', password: 'Құпия сөз', submit: 'Кіру' },
  ru: { user: 'Имя пользователя', password: 'Пароль', submit: 'Войти' },
  en: { user: 'User name', password: 'Password', submit: 'Log in' },
};

/** Signs in on the login page, whose words are in the tab's language. */
export async function login(page: Page, username: string, password = PASSWORD, lang: TabLang = 'en'): Promise<void> {
  const words = LOGIN_WORDS[lang];
  await page.goto('/login');
  await page.getByLabel(words.user).fill(username);
  await page.getByLabel(words.password).fill(password);
  await page.getByRole('button', { name: words.submit }).click();
  await page.getByTestId('current-user').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/**
 * Runs `fn` in a fresh tab: screenshots the page when it fails, fails on any
 * unexpected console error, and always closes the tab.
 */
export async function withTab(
  browser: Browser,
  baseURL: string,
  name: string,
  fn: (tab: Tab) => Promise<void>,
  allowed: RegExp[] = [],
  options: TabOptions = {},
): Promise<void> {
  const tab = await openTab(browser, baseURL, options);
  try {
    await fn(tab);
    const unexpected = tab.consoleErrors.filter((e) => !allowed.some((re) => re.test(e)));
    if (unexpected.length) throw new Error(`console errors: ${unexpected.join(' | ')}`);
  } catch (error) {
    await screenshot(tab.page, `FAILED-${name}`).catch(() => undefined);
    throw error;
  } finally {
    await tab.context.close();
  }
}
