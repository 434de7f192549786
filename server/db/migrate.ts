import type { Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { withStartupLock } from './startupLock';
import * as initial from './migrations/0001-initial';
import * as caseEvaluation from './migrations/0002-case-evaluation';
import * as jobs from './migrations/0003-jobs';
import * as caseReplay from './migrations/0004-case-replay';
import * as userPreferences from './migrations/0050-user-preferences';

/** Versioned migrations, in order; umzug records each one applied in table `SequelizeMeta`. */
const MIGRATIONS = [
  { name: '0001-initial', ...initial },
  { name: '0002-case-evaluation', ...caseEvaluation },
  { name: '0003-jobs', ...jobs },
  { name: '0004-case-replay', ...caseReplay },
  { name: '0050-user-preferences', ...userPreferences },
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
