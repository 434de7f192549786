import pino from 'pino';
import { seed } from '../seeds/load';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/connection';
import nodemailer from 'nodemailer';
import { withStartupLock } from './db/startupLock';
import { DEFAULT_MAILER, scheduleMailer } from './notifications/mailer';
import { signerFromEnv } from './usecases/signatures';
import { scheduleOverdueSweep } from './jobs/overdueSweep';
import { connectorDeps } from './connectors/connectorDeps';
import { DEFAULT_HANDOFF, scheduleHandoffs } from './connectors/handoffOutbox';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const db = await openDatabase(config.databaseUrl);
// instances started together on one PostgreSQL seed one after the other: the second finds it done
const seeded = await withStartupLock(db.sequelize, () =>
  seed(db, {
    demoUsers: config.demoUsers,
    demoPassword: config.demoPassword,
    adminPassword: config.adminPassword,
  }),
);
if (seeded.definitions > 0) logger.info(seeded, 'seeded an empty database');
for (const problem of seeded.skipped) logger.warn(problem, 'seed file skipped');

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
      lang: (['kk', 'ru', 'en'] as const).find((l) => l === process.env.QAGIDA_MAIL_LANG) ?? DEFAULT_MAILER.lang,
      intervalMs: Number(process.env.QAGIDA_MAIL_INTERVAL_MS) || 30_000,
      onError: (error) => logger.error({ err: error }, 'notification delivery failed'),
    })
  : () => undefined;
// hand-offs to downstream systems leave from their outbox (QAGIDA_HANDOFF_INTERVAL_MS, 0 turns it off)
const stopHandoffs = scheduleHandoffs(app.locals.ctx, connectorDeps(db, app.locals.ctx.now), {
  ...DEFAULT_HANDOFF,
  backoffMs: Number(process.env.QAGIDA_HANDOFF_BACKOFF_MS) || DEFAULT_HANDOFF.backoffMs,
  intervalMs: Number.isFinite(Number(process.env.QAGIDA_HANDOFF_INTERVAL_MS ?? 5_000))
    ? Number(process.env.QAGIDA_HANDOFF_INTERVAL_MS ?? 5_000)
    : 5_000,
  onError: (error) => logger.error({ err: error }, 'hand-off dispatch failed'),
});
const sweep = scheduleOverdueSweep(app.locals.ctx, { intervalMs: config.sweepIntervalMs, logger });
const server = app.listen(config.port, () => {
  logger.info({ port: config.port, database: db.dialect }, `Qagida listening on http://localhost:${config.port}`);
});

function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  stopMailer();
  stopHandoffs();
  server.close(() => {
    sweep
      .stop()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
