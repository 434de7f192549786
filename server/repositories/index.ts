import type { Transaction } from 'sequelize';
import { connectorDeps } from '../connectors/connectorDeps';
import type { Db } from '../db/connection';
import { inBatch } from '../db/writeBatch';
import { attachmentsRepository } from './attachments';
import { auditRepository } from './audit';
import { caseCalendarsRepository } from './caseCalendars';
import { caseQueueRepository } from './caseQueue';
import { caseReplayRepository } from './caseReplay';
import { casesRepository } from './cases';
import { connectorsRepository } from './connectors';
import { definitionsRepository } from './definitions';
import { handoffOutboxRepository } from './handoffOutbox';
import { healthRepository } from './health';
import { noticeOutboxRepository } from './noticeOutbox';
import { notificationsRepository } from './notifications';
import { preferencesRepository } from './preferences';
import { reportCasesRepository } from './reportCases';
import { usersRepository } from './users';
import { trustStoreRepository } from '../signatures/trustStore';
import { databaseBlobStore } from '../storage/blobStore';

/**
 * Every repository over one database, and the two ways to write through the process's writer
 * queue. The only place that turns a database handle into what use cases see (usecases/context.ts).
 */
export function repositories(db: Db, now: () => Date) {
  return {
    /** runs `work` in one transaction through the process's writer queue: it commits whole or not at all */
    transaction: <T>(work: (t: Transaction) => Promise<T>): Promise<T> => db.transaction(work),
    /** like `transaction`, but grouped with other requests' writes into one commit (db/writeBatch.ts) */
    batch: <T>(work: (t: Transaction) => Promise<T>): Promise<T> => inBatch(db, work),
    definitions: definitionsRepository(db),
    cases: casesRepository(db),
    users: usersRepository(db),
    audit: auditRepository(db),
    attachments: attachmentsRepository(db),
    blobs: databaseBlobStore(db),
    caseCalendars: caseCalendarsRepository(db),
    caseQueue: caseQueueRepository(db),
    caseReplay: caseReplayRepository(db),
    connectors: connectorsRepository(db),
    connectorDeps: connectorDeps(db, now),
    handoffs: handoffOutboxRepository(db),
    health: healthRepository(db),
    notices: noticeOutboxRepository(db),
    notifications: notificationsRepository(db),
    preferences: preferencesRepository(db),
    reportCases: reportCasesRepository(db),
    trustStore: trustStoreRepository(db),
  };
}

export type Repositories = ReturnType<typeof repositories>;
