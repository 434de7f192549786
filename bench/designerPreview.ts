import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../designer/e2e/browser';
import { measured, type BenchOptions, type BenchRow } from './row';
import { freePort, tempDir } from './submitLoad';

const ROOT = path.resolve(import.meta.dirname, '..');
const DESIGNER = path.join(ROOT, 'designer');
export const PASSWORD = 'qagida-demo';
const LARGE = 'ccm-conclusion-application';
const SMALL = 'ucc-refusal-log';
const KEYSTROKES = 200;
const SMALL_KEYSTROKES = 100;
let WARMUP = 20;

/**
 * Keystroke → preview in the form builder, in headless Chromium against the real server: the analyst
 * types into the first field's label (the content language's input) and we time, inside the page, from the
 * keydown to the @rjsf preview showing the new text (a MutationObserver) and on to the next frame.
 */
export async function bench(options: BenchOptions): Promise<BenchRow[]> {
  if (options.tiny) WARMUP = 2;
  return withServerAndBrowser('designer', async (url, browser) => {
    const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 800 } });
    // the interface in English, as the selectors below read it
    await context.addInitScript("try { localStorage.setItem('qagida.lang', 'en') } catch {}");
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await login(page, 'analyst');

    const large = await typeIntoFirstLabel(page, LARGE, options.tiny ? 5 : KEYSTROKES);
    const small = await typeIntoFirstLabel(page, SMALL, options.tiny ? 5 : SMALL_KEYSTROKES);
    if (pageErrors.length) throw new Error(`uncaught in the page: ${pageErrors.join(' | ')}`);

    const largeName = `designer: keystroke → preview painted, ${LARGE} (${large.fields} fields)`;
    // each figure is over the keystrokes of one typing run; the small form, typed in the same page, is the reference
    const spreadOf = (values: number[]) => measured(values).spread;
    return [
      {
        name: `${largeName}, median`,
        value: median(large.painted),
        spread: spreadOf(large.painted),
        passes: large.painted.length,
        unit: 'ms',
        baseline: `${SMALL} (${small.fields} fields), same page`,
        baselineValue: median(small.painted),
        baselineSpread: spreadOf(small.painted),
        ratio: median(large.painted) / median(small.painted),
        target: '≤ 16 ms median',
      },
      { name: `${largeName}, p95`, value: percentile(large.painted, 0.95), unit: 'ms', absolute: true },
      { name: `${largeName}, max`, value: Math.max(...large.painted), unit: 'ms', absolute: true },
      {
        name: `designer: keystroke → preview DOM updated (before paint), ${LARGE}, median`,
        value: median(large.dom),
        spread: spreadOf(large.dom),
        unit: 'ms',
        absolute: true,
      },
    ];
  });
}

/**
 * Runs `use` against the real server on a fresh database (the designer built first when stale) with a headless
 * Chromium, then closes the browser, stops the server and removes the folder, whatever happened.
 */
export async function withServerAndBrowser<T>(
  name: string,
  use: (url: string, browser: Browser) => Promise<T>,
): Promise<T> {
  buildDesignerIfStale();
  const dir = tempDir(name);
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    const started = await startServer(path.join(dir, 'qagida.sqlite'));
    server = started.process;
    browser = await launch();
    return await use(started.url, browser);
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) await stop(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run build -w designer` when designer/dist is missing or older than anything in designer/src. */
export function buildDesignerIfStale(): void {
  const built = path.join(DESIGNER, 'dist/index.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (builtAt > newestMtime(path.join(DESIGNER, 'src'))) return;
  const result = spawnSync('npm', ['run', 'build', '-w', 'designer'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`designer build failed: ${result.stderr?.toString().slice(-2000)}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export async function startServer(file: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${file}`,
      QAGIDA_DEMO_PASSWORD: PASSWORD,
      QAGIDA_SWEEP_INTERVAL_MS: '0',
      NODE_ENV: '',
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}: ${output}`);
      const ok = await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return { url, process: proc };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not answer /api/health within 60 s: ${output}`);
  } catch (error) {
    await stop(proc);
    throw error;
  }
}

export function stop(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    const force = setTimeout(() => proc.kill('SIGKILL'), 5000);
    proc.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    proc.kill('SIGTERM');
  });
}

async function login(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('current-user').waitFor();
}

interface Samples {
  fields: number;
  /** keydown → the preview DOM holds the new label */
  dom: number[];
  /** keydown → the frame after that (requestAnimationFrame, then a task: the paint has been issued) */
  painted: number[];
}

/** Opens the form builder on `formId`, selects its first field and types `count` characters at the end of its label. */
async function typeIntoFirstLabel(page: Page, formId: string, count: number): Promise<Samples> {
  await page.goto(`/design/form/${formId}`);
  await page.getByTestId('validity').waitFor();
  const rows = page.locator('.fb-structure .field-row');
  await rows.first().click();
  const lang = ((await page.evaluate("localStorage.getItem('qagida.lang')")) as string | null) ?? 'ru';
  const input = page
    .locator('.fb-properties fieldset.localized')
    .filter({ has: page.locator('legend:text-is("Label")') })
    .first()
    .getByLabel(lang, { exact: true });
  await input.waitFor();
  await input.evaluate((el) => el.setAttribute('data-bench-label', ''));
  await page.locator('.fb-preview .preview-body form').waitFor();
  const fields = await rows.count();
  await input.focus();
  await input.press('End');
  await installProbe(page);

  const text = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < WARMUP + count; i++) {
    await page.keyboard.press(text[i % text.length]!);
    await page.evaluate(`window.__latency.wait(${i + 1})`);
  }
  const all = (await page.evaluate('window.__latency.samples')) as { dom: number; painted: number }[];
  const measured = all.slice(WARMUP);
  return { fields, dom: measured.map((s) => s.dom), painted: measured.map((s) => s.painted) };
}

// Plain JavaScript, not a function: tsx would wrap a function's inner closures in a `__name` helper the page lacks.
const PROBE = `(() => {
  const samples = [];
  let failure = null;
  const waiters = [];
  const settle = () => {
    for (const w of [...waiters]) {
      if (failure) w.reject(failure);
      else if (samples.length >= w.n) w.resolve();
      else continue;
      waiters.splice(waiters.indexOf(w), 1);
    }
  };
  document.addEventListener('keydown', (event) => {
    const input = event.target;
    if (!input.hasAttribute || !input.hasAttribute('data-bench-label') || event.key.length !== 1) return;
    const start = performance.now();
    const expected = input.value + event.key;
    const preview = document.querySelector('.fb-preview .preview-body');
    const observer = new MutationObserver(() => {
      if (!(preview.textContent || '').includes(expected)) return;
      const dom = performance.now() - start;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          samples.push({ dom, painted: performance.now() - start });
          settle();
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(preview, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      failure = new Error('the preview never showed "' + expected + '"');
      settle();
    }, 5000);
  }, true);
  window.__latency = {
    samples,
    wait: (n) => new Promise((resolve, reject) => { waiters.push({ n, resolve, reject }); settle(); }),
  };
})()`;

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}
