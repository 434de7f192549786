import type { Transaction } from 'sequelize';
import type { Config } from '../config';
import type { Db } from '../db/connection';
import { digest } from '../digest';
import { currentRequestId } from '../http/requestContext';
import { repositories, type Repositories } from '../repositories/index';
import type { Role } from '../repositories/users';
import { DefinitionStore } from './definitionStore';

/** Who is asking: the signed-in user. */
export interface Actor {
  username: string;
  role: Role;
  /** the user groups (a PSC office, a ministry unit) whose steps the user may take */
  groups?: string[];
}

/**
 * What every use case works with: the repositories, the definition cache, the clock, and the
 * transaction that writes. No database handle: storage is reached only through repositories.
 */
export interface Context extends Repositories {
  config: Pick<Config, 'sessionHours' | 'production'> & Partial<Pick<Config, 'sessionIdleMinutes' | 'fourEyes'>>;
  store: DefinitionStore;
  now: () => Date;
}

export function createContext(db: Db, config: Context['config'], now: () => Date = () => new Date()): Context {
  const stored = repositories(db, now);
  return { ...stored, config, store: new DefinitionStore(stored.definitions), now };
}

/** Records one write in the audit log, inside the transaction that makes it. */
export async function recordAudit(
  ctx: Context,
  t: Transaction,
  entry: {
    actor: string;
    action: string;
    entity: string;
    entityId: string;
    before: unknown;
    after: unknown;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await ctx.audit.append(
    {
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      beforeDigest: digest(entry.before),
      afterDigest: digest(entry.after),
      details: entry.details ?? null,
      at: ctx.now(),
      requestId: currentRequestId(),
    },
    t,
  );
}
