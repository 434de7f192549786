import type { Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { withStartupLock } from './startupLock';
import * as initial from './migrations/0001-initial';
import * as caseEvaluation from './migrations/0002-case-evaluation';
import * as jobs from './migrations/0003-jobs';
import * as caseReplay from './migrations/0004-case-replay';
import * as caseQueue from './migrations/0010-case-queue';
import * as rateLimits from './migrations/0020-rate-limits';
import * as attachments from './migrations/0040-attachments';
import * as trustStore from './migrations/0041-trust-store';
import * as notificationDelivery from './migrations/0042-notification-delivery';
import * as userPreferences from './migrations/0050-user-preferences';
import * as noticeRecipients from './migrations/0080-notice-recipients';
import * as auditRequestId from './migrations/0090-audit-request-id';
import * as connectors from './migrations/0100-connectors';
import * as handoffOutbox from './migrations/0101-handoff-outbox';
import * as handoffStepEvent from './migrations/0110-handoff-step-event';

/** Versioned migrations, in order; umzug records each one applied in table `SequelizeMeta`. */
const MIGRATIONS = [
  { name: '0001-initial', ...initial },
  { name: '0002-case-evaluation', ...caseEvaluation },
  { name: '0003-jobs', ...jobs },
  { name: '0004-case-replay', ...caseReplay },
  { name: '0010-case-queue', ...caseQueue },
  { name: '0020-rate-limits', ...rateLimits },
  { name: '0040-attachments', ...attachments },
  { name: '0041-trust-store', ...trustStore },
  { name: '0042-notification-delivery', ...notificationDelivery },
  { name: '0050-user-preferences', ...userPreferences },
  { name: '0080-notice-recipients', ...noticeRecipients },
  { name: '0090-audit-request-id', ...auditRequestId },
  { name: '0100-connectors', ...connectors },
  { name: '0101-handoff-outbox', ...handoffOutbox },
  { name: '0110-handoff-step-event', ...handoffStepEvent },
];

export function migrator(sequelize: Sequelize) {
  return new Umzug({
    migrations: MIGRATIONS.map(({ name, up, down }) => ({ name, up, down })),
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize }),
    logger: undefined,
  });
}

export async function migrate(sequelize: Sequelize): Promise<string[]> {
  const applied = await withStartupLock(sequelize, () => migrator(sequelize).up());
  return applied.map((m) => m.name);
}

/** The migrations this code knows and the database has not applied yet, in order. */
export async function pendingMigrations(sequelize: Sequelize): Promise<string[]> {
  return (await migrator(sequelize).pending()).map((m) => m.name);
}

/**
 * What start-up does about migrations:
 * - `always`: apply whatever is pending (tests, `npm run migrate`, `--migrate`, `QAGIDA_MIGRATE=1`);
 * - `if-empty`: apply them to a database that has none applied yet (a first start), and refuse a
 *   database that is behind: changing the schema of live data is an operator's decision, taken with a backup.
 */
export type MigrateMode = 'always' | 'if-empty';

export class MigrationsBehind extends Error {
  constructor(readonly pending: string[]) {
    super(
      `the database is behind this version of Qagida: ${pending.length} migration(s) pending (${pending.join(', ')}). ` +
        'Back it up, then run `npm run migrate`, or start with `--migrate` or QAGIDA_MIGRATE=1.',
    );
    this.name = 'MigrationsBehind';
  }
}

/** Applies migrations as `mode` says; returns the names applied, throws MigrationsBehind when refused. */
export async function migrateOnStart(sequelize: Sequelize, mode: MigrateMode): Promise<string[]> {
  if (mode === 'always') return migrate(sequelize);
  return withStartupLock(sequelize, async () => {
    const umzug = migrator(sequelize);
    const pending = (await umzug.pending()).map((m) => m.name);
    if (pending.length === 0) return [];
    if ((await umzug.executed()).length > 0) throw new MigrationsBehind(pending);
    return (await umzug.up()).map((m) => m.name);
  });
}
