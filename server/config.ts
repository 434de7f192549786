import path from 'node:path';

/** The demo users' password when QAGIDA_DEMO_PASSWORD is unset; refused in production. */
export const DEFAULT_DEMO_PASSWORD = 'qagida-demo';

export interface Config {
  /** PORT: the one port serving the API and the web app. */
  port: number;
  /** DATABASE_URL: `sqlite:<path>` or `postgres://…`. */
  databaseUrl: string;
  /** NODE_ENV=production: no demo users, no default credentials. */
  production: boolean;
  /** whether the seeds create the demo users admin, analyst and staff. */
  demoUsers: boolean;
  /** QAGIDA_DEMO_PASSWORD: the demo users' password. */
  demoPassword: string;
  /** QAGIDA_ADMIN_PASSWORD: in production, creates user `admin` on an empty users table. */
  adminPassword: string | undefined;
  /** QAGIDA_SESSION_HOURS: how long a session lasts at most, however busy. */
  sessionHours: number;
  /** QAGIDA_SESSION_IDLE_MINUTES: a session unused this long ends. */
  sessionIdleMinutes: number;
  /** QAGIDA_LOGIN_MAX_FAILURES: failed sign-ins per username and address before the next ones are refused (429). */
  loginMaxFailures: number;
  /** QAGIDA_LOGIN_WINDOW_MINUTES: how long failed sign-ins count. */
  loginWindowMinutes: number;
  /** QAGIDA_LOGIN_MAX_FAILURES_PER_USERNAME: failed sign-ins per username from any address in the window. */
  loginMaxFailuresPerUsername: number;
  /** QAGIDA_LOGIN_MAX_FAILURES_PER_ADDRESS: failed sign-ins per client address, any username, in the window. */
  loginMaxFailuresPerAddress: number;
  /** QAGIDA_LOGIN_MAX_FAILURES_PER_MINUTE: failed sign-ins per minute over everyone. */
  loginMaxFailuresPerMinute: number;
  /** QAGIDA_TRUSTED_PROXY: Express `trust proxy` (e.g. `loopback`, an address, a hop count); unset, X-Forwarded-For is ignored. */
  trustedProxy: string | number | false;
  /** QAGIDA_FOUR_EYES=off: whoever last changed a ruleset draft may publish it (single-admin installations). */
  fourEyes: boolean;
  /** QAGIDA_EXPENSIVE_PER_MINUTE: dry runs, impact previews, deadline computations and reports per user per minute. */
  expensivePerMinute: number;
  /** the Vite build of the designer, served for every non-/api route when it exists. */
  designerDist: string;
  /** LOG_LEVEL: pino level; `silent` in tests. */
  logLevel: string;
  /** QAGIDA_SWEEP_INTERVAL_MS: how often the overdue sweep runs; 0 turns it off. */
  sweepIntervalMs: number;
  /** QAGIDA_UPLOAD_MAX_MB: the largest file one may attach, in MB (bytes here). */
  uploadMaxBytes: number;
  /** QAGIDA_MIGRATE=1 (or `--migrate`): apply pending migrations to a database that is behind; else only a new one is migrated. */
  migrate: boolean;
  /** QAGIDA_SHUTDOWN_MS: on SIGTERM/SIGINT, how long requests in flight may take before the process exits anyway. */
  shutdownMs: number;
  /** QAGIDA_METRICS_PORT: serve /metrics on this port (loopback) for a scraper, besides the admin-only /api/metrics; 0 = not. */
  metricsPort: number;
}

function integer(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`config: ${key} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function trustedProxy(raw: string | undefined): string | number | false {
  if (raw === undefined || raw.trim() === '') return false;
  // a hop count, or Express's names and addresses (loopback, 10.0.0.1, 10.0.0.0/8, comma-separated)
  return /^[0-9]+$/.test(raw.trim()) ? Number(raw.trim()) : raw.trim();
}

/** Reads and checks the configuration at start-up; a bad value stops the server with a message naming the key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || 'sqlite:data/qagida.sqlite';
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl)) {
    throw new Error('config: DATABASE_URL must be sqlite:<path> or postgres://…');
  }
  const demoPassword = env.QAGIDA_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  if (production && env.QAGIDA_DEMO_PASSWORD === DEFAULT_DEMO_PASSWORD) {
    throw new Error('config: QAGIDA_DEMO_PASSWORD must not be the documented default in production');
  }
  const adminPassword = env.QAGIDA_ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && (adminPassword === DEFAULT_DEMO_PASSWORD || adminPassword.length < 10)) {
    throw new Error('config: QAGIDA_ADMIN_PASSWORD must have at least 10 characters and not be the demo password');
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl,
    production,
    demoUsers: !production,
    demoPassword,
    adminPassword,
    sessionHours: integer(env, 'QAGIDA_SESSION_HOURS', 12, 1, 24 * 30),
    sessionIdleMinutes: integer(env, 'QAGIDA_SESSION_IDLE_MINUTES', 60, 1, 24 * 60 * 30),
    loginMaxFailures: integer(env, 'QAGIDA_LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowMinutes: integer(env, 'QAGIDA_LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    loginMaxFailuresPerUsername: integer(env, 'QAGIDA_LOGIN_MAX_FAILURES_PER_USERNAME', 20, 1, 100_000),
    loginMaxFailuresPerAddress: integer(env, 'QAGIDA_LOGIN_MAX_FAILURES_PER_ADDRESS', 20, 1, 100_000),
    loginMaxFailuresPerMinute: integer(env, 'QAGIDA_LOGIN_MAX_FAILURES_PER_MINUTE', 60, 1, 1_000_000),
    trustedProxy: trustedProxy(env.QAGIDA_TRUSTED_PROXY),
    fourEyes: env.QAGIDA_FOUR_EYES !== 'off',
    expensivePerMinute: integer(env, 'QAGIDA_EXPENSIVE_PER_MINUTE', 120, 1, 1_000_000),
    designerDist: path.resolve(root, 'designer/dist'),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    sweepIntervalMs: integer(env, 'QAGIDA_SWEEP_INTERVAL_MS', 60_000, 0, 24 * 3600_000),
    uploadMaxBytes: integer(env, 'QAGIDA_UPLOAD_MAX_MB', 20, 1, 1024) * 1024 * 1024,
    migrate: env.QAGIDA_MIGRATE === '1' || env.QAGIDA_MIGRATE === 'true',
    shutdownMs: integer(env, 'QAGIDA_SHUTDOWN_MS', 10_000, 0, 10 * 60_000),
    metricsPort: integer(env, 'QAGIDA_METRICS_PORT', 0, 0, 65535),
  };
}
