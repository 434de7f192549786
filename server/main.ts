import pino from 'pino';
import { seed } from '../seeds/load';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/connection';
import { withStartupLock } from './db/startupLock';
import { signerFromEnv } from './usecases/signatures';
import { scheduleOverdueSweep } from './jobs/overdueSweep';

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
  loginLimit: { maxFailures: config.loginMaxFailures, windowMinutes: config.loginWindowMinutes },
  designerDist: config.designerDist,
  uploadMaxBytes: config.uploadMaxBytes,
  signer: signerFromEnv(),
});
const sweep = scheduleOverdueSweep(app.locals.ctx, { intervalMs: config.sweepIntervalMs, logger });
const server = app.listen(config.port, () => {
  logger.info({ port: config.port, database: db.dialect }, `Qagida listening on http://localhost:${config.port}`);
});

function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
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
