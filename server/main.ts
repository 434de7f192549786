import http from 'node:http';
import pino from 'pino';
import { seed } from '../seeds/load';
import { upgradeCalendars } from '../seeds/upgradeCalendars';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/connection';
import { MigrationsBehind } from './db/migrate';
import { flushWrites } from './db/writeBatch';
import { onProcessFailure, shutdownGracefully } from './lifecycle/shutdown';
import nodemailer from 'nodemailer';
import { withStartupLock } from './db/startupLock';
import { DEFAULT_MAILER, scheduleMailer } from './notifications/mailer';
import { signerFromEnv } from './usecases/signatures';
import { scheduleOverdueSweep } from './jobs/overdueSweep';
import { connectorDeps } from './connectors/connectorDeps';
import { DEFAULT_HANDOFF, scheduleHandoffs } from './connectors/handoffOutbox';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
// a new database is migrated; one that is behind is served only when the operator says so
const migrateMode = process.argv.includes('--migrate') || config.migrate ? 'always' : 'if-empty';
const db = await openDatabase(config.databaseUrl, { migrate: migrateMode }).catch((error: unknown) => {
  if (!(error instanceof MigrationsBehind)) throw error;
  logger.fatal({ pending: error.pending }, error.message);
  process.exit(2);
});
if (db.migrated.length) logger.info({ applied: db.migrated }, 'migrated the database');
// instances started together on one PostgreSQL seed one after the other: the second finds it done.
// seed() only fills an empty database (no users: demo users; no definitions: shipped content).
const seeded = await withStartupLock(db.sequelize, () =>
  seed(db, {
    demoUsers: config.demoUsers,
    demoPassword: config.demoPassword,
    adminPassword: config.adminPassword,
  }),
);
if (seeded.definitions > 0) logger.info(seeded, 'seeded an empty database');
for (const problem of seeded.skipped) logger.warn(problem, 'seed file skipped');
// a database seeded before the calendar stated the law as data gets the cited calendar (idempotent)
const upgraded = await withStartupLock(db.sequelize, () => upgradeCalendars(db));
for (const upgrade of upgraded) logger.info(upgrade, 'calendar upgraded to the cited law');

const app = createApp({
  db,
  logger,
  production: config.production,
  sessionHours: config.sessionHours,
  sessionIdleMinutes: config.sessionIdleMinutes,
  loginLimit: {
    maxFailures: config.loginMaxFailures,
    windowMinutes: config.loginWindowMinutes,
    maxFailuresPerUsername: config.loginMaxFailuresPerUsername,
    maxFailuresPerAddress: config.loginMaxFailuresPerAddress,
    maxFailuresPerMinute: config.loginMaxFailuresPerMinute,
  },
  trustProxy: config.trustedProxy,
  fourEyes: config.fourEyes,
  expensivePerMinute: config.expensivePerMinute,
  designerDist: config.designerDist,
  uploadMaxBytes: config.uploadMaxBytes,
  signer: signerFromEnv(),
});
// the outbox goes out by e-mail when an SMTP server is configured
const stopMailer = process.env.QAGIDA_SMTP_URL
  ? scheduleMailer(app.locals.ctx, nodemailer.createTransport(process.env.QAGIDA_SMTP_URL), {
      ...DEFAULT_MAILER,
      from: process.env.QAGIDA_MAIL_FROM || 'qagida@localhost',
      maxAttempts: Number(process.env.QAGIDA_MAIL_MAX_ATTEMPTS) || DEFAULT_MAILER.maxAttempts,
      backoffMs: Number(process.env.QAGIDA_MAIL_BACKOFF_MS) || DEFAULT_MAILER.backoffMs,
      leaseMs: Number(process.env.QAGIDA_MAIL_LEASE_MS) || DEFAULT_MAILER.leaseMs,
      lang: (['kk', 'ru', 'en'] as const).find((l) => l === process.env.QAGIDA_MAIL_LANG) ?? DEFAULT_MAILER.lang,
      intervalMs: Number(process.env.QAGIDA_MAIL_INTERVAL_MS) || 30_000,
      onError: (error) => logger.error({ err: error }, 'notification delivery failed'),
    })
  : () => undefined;
// hand-offs to downstream systems leave from their outbox (QAGIDA_HANDOFF_INTERVAL_MS, 0 turns it off)
const stopHandoffs = scheduleHandoffs(app.locals.ctx, connectorDeps(db, app.locals.ctx.now), {
  ...DEFAULT_HANDOFF,
  backoffMs: Number(process.env.QAGIDA_HANDOFF_BACKOFF_MS) || DEFAULT_HANDOFF.backoffMs,
  leaseMs: Number(process.env.QAGIDA_HANDOFF_LEASE_MS) || DEFAULT_HANDOFF.leaseMs,
  intervalMs: Number.isFinite(Number(process.env.QAGIDA_HANDOFF_INTERVAL_MS ?? 5_000))
    ? Number(process.env.QAGIDA_HANDOFF_INTERVAL_MS ?? 5_000)
    : 5_000,
  onError: (error) => logger.error({ err: error }, 'hand-off dispatch failed'),
});
const sweep = scheduleOverdueSweep(app.locals.ctx, {
  intervalMs: config.sweepIntervalMs,
  logger,
  onSweep: (result) => app.locals.metrics.sweep(result),
});
const server = app.listen(config.port, () => {
  logger.info({ port: config.port, database: db.dialect }, `Qagida listening on http://localhost:${config.port}`);
});
// a scraper that cannot sign in reads the same metrics on a port of its own, on the loopback only
const metricsServer = config.metricsPort
  ? http
      .createServer((req, res) => {
        if (req.url !== '/metrics') {
          res.writeHead(404).end();
          return;
        }
        void app.locals.metrics.text().then(({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType }).end(body);
        });
      })
      .listen(config.metricsPort, '127.0.0.1')
  : undefined;

let stopping: Promise<void> | undefined;
function shutdown(reason: string, exitCode = 0) {
  stopping ??= (async () => {
    logger.info({ reason, deadlineMs: config.shutdownMs }, 'shutting down');
    stopMailer();
    stopHandoffs();
    metricsServer?.close();
    const result = await shutdownGracefully({
      server,
      deadlineMs: config.shutdownMs,
      logger,
      closers: [
        { name: 'overdue sweep', close: () => sweep.stop() },
        // every request that wrote has had its answer only after its commit; this catches writes begun without one
        { name: 'group commit', close: () => flushWrites(db) },
        { name: 'database', close: () => db.close() },
      ],
    });
    logger.info(result, 'shut down');
    process.exit(result.drained && result.failed.length === 0 ? exitCode : 1);
  })();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
onProcessFailure(logger, (reason) => shutdown(reason, 1));
