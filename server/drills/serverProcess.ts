import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: children run `server/main.ts` from there, as `npm run dev` does. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A port nothing listens on right now, on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How `npm run dev` runs the server (TypeScript through tsx); `COMPILED` is how `npm start` runs it. */
export const FROM_SOURCE = ['--import', 'tsx', 'server/main.ts'];
export const COMPILED = ['dist/main.js'];

/** A real server process, `node --import tsx server/main.ts` (or the compiled `node dist/main.js`), as an operator runs it. */
export class ServerProcess {
  readonly url: string;
  private child: ChildProcess | undefined;
  private output: string[] = [];
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly args: string[] = FROM_SOURCE,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts the process and waits until /api/health answers. */
  // two cores running every suite at once can take a tsx start past a minute; a hang still fails
  async start(timeoutMs = 120_000): Promise<number> {
    const began = Date.now();
    this.output = [];
    const child = spawn(process.execPath, this.args, {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'development', PORT: String(this.port), ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.splice(0, this.output.length - 200);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    let gone = false;
    void this.exited.then(() => (gone = true));
    while (Date.now() - began < timeoutMs) {
      if (gone) throw new Error(`server on port ${this.port} exited at start:\n${this.log()}`);
      try {
        const res = await fetch(`${this.url}/api/health`);
        if (res.ok) return Date.now() - began;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`server on port ${this.port} did not answer /api/health in ${timeoutMs} ms:\n${this.log()}`);
  }

  /** Sends a signal (SIGKILL: no shutdown handler runs, nothing is flushed) and waits for the process to end. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await this.exited;
  }

  /** the child's process id while it runs */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** resolves with the exit code once the process has ended */
  exit(): Promise<number | null> {
    return this.exited;
  }

  log(): string {
    return this.output.join('').slice(-4000);
  }
}

export interface Session {
  token: string;
}

/** Signs in through the API; the answer carries a bearer token that every instance on the database accepts. */
export async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { token?: string };
  if (!res.ok || !body.token) throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** One JSON request; network failures come back as status 0 rather than throwing. */
export async function call(
  url: string,
  token: string,
  method: string,
  route: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    const res = await fetch(`${url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  } catch {
    return { status: 0, body: {} };
  }
}
