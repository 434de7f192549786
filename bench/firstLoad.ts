import zlib from 'node:zlib';
import { request, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PASSWORD, withServerAndBrowser } from './designerPreview';
import { measured, type BenchOptions, type BenchRow } from './row';

/**
 * Chrome DevTools' "Fast 4G" preset (front_end/core/sdk/NetworkManager.ts): 9 Mbit/s down, 1.5 Mbit/s up,
 * 60 ms round trip, each scaled as DevTools does (throughput × 0.9, latency × 2.75).
 */
const FAST_4G = {
  offline: false,
  downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9,
  latency: 60 * 2.75,
};
let RUNS = 5;

/**
 * What a person waits for on first load: the JavaScript the login page and the Desk load (gzip bytes,
 * what the wire carries at worst: the server sends brotli when the browser takes it), and the time until
 * the Desk's start-a-case form answers, in a cold Chromium on Fast 4G, against the real server.
 */
export async function bench(options: BenchOptions): Promise<BenchRow[]> {
  if (options.tiny) RUNS = 1;
  return withServerAndBrowser('first-load', async (url, browser) => {
    const storageState = await signedIn(url, 'staff');

    const loginJs = await scriptsOf(browser, url, undefined, async (page) => {
      await page.goto('/login');
      await page.locator('form button[type=submit]').waitFor();
    });
    const deskJs = await scriptsOf(browser, url, storageState, (page) => openDesk(page));

    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ baseURL: url, storageState });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', FAST_4G);
      const start = performance.now();
      await openDesk(page);
      times.push(performance.now() - start);
      await context.close();
    }
    times.sort((a, b) => a - b);
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    return [
      {
        name: `first load: JavaScript of the login page, gzip (${loginJs.files} files)`,
        value: kb(loginJs.gzip),
        unit: 'KB',
        baseline: 'brotli, as sent',
        baselineValue: kb(loginJs.sent),
        target: '≤ 250 KB',
      },
      {
        name: `first load: JavaScript of the Desk, gzip (${deskJs.files} files)`,
        value: kb(deskJs.gzip),
        unit: 'KB',
        baseline: 'brotli, as sent',
        baselineValue: kb(deskJs.sent),
        target: '≤ 250 KB',
      },
      {
        name: `first load: Desk start-a-case form interactive, cold cache, Fast 4G`,
        value: measured(times).median,
        spread: measured(times).spread,
        passes: times.length,
        unit: 'ms',
        target: '≤ 2000 ms',
        absolute: true,
      },
    ];
  });
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A signed-in browser state (the session cookie), made through the API so it costs the page nothing. */
async function signedIn(baseURL: string, username: string): Promise<StorageState> {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/auth/login', { data: { username, password: PASSWORD } });
  if (!res.ok()) throw new Error(`login ${username}: ${res.status()}`);
  const state = await api.storageState();
  await api.dispose();
  return state as StorageState;
}

/** The Desk until its start-a-case form can be used: the service list filled and enabled. */
async function openDesk(page: Page): Promise<void> {
  await page.goto('/desk');
  await page.waitForFunction(
    "(() => { const s = document.querySelector('main select'); return !!s && !s.disabled && s.options.length > 1; })()",
    undefined,
    { timeout: 60_000 },
  );
}

/** The scripts a fresh tab loads doing `visit`: how many, their gzip size, and the bytes actually sent. */
async function scriptsOf(
  browser: Browser,
  baseURL: string,
  storageState: StorageState | undefined,
  visit: (page: Page) => Promise<void>,
): Promise<{ files: number; gzip: number; sent: number }> {
  const context = await browser.newContext({ baseURL, storageState });
  const page = await context.newPage();
  const scripts: Promise<{ gzip: number; sent: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        return { gzip: zlib.gzipSync(body).length, sent: sizes.responseBodySize };
      })(),
    );
  });
  await visit(page);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(scripts);
  await context.close();
  return {
    files: all.length,
    gzip: all.reduce((n, s) => n + s.gzip, 0),
    sent: all.reduce((n, s) => n + s.sent, 0),
  };
}
