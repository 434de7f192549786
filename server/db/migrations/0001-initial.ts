import { DataTypes, type QueryInterface } from 'sequelize';

const { INTEGER, STRING, TEXT, DATE, JSON: JSONTYPE, BOOLEAN } = DataTypes;
const id = { type: INTEGER, primaryKey: true, autoIncrement: true };
const now = { type: DATE, allowNull: false };

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await definitionTables(qi);
  await peopleTables(qi);
  await caseTables(qi);
  await auditTable(qi);
}

/** Definitions and the head version of each. */
async function definitionTables(qi: QueryInterface): Promise<void> {
  await qi.createTable('definitions', {
    id,
    kind: { type: STRING(20), allowNull: false },
    defId: { type: STRING(80), allowNull: false },
    // a draft has version 0 and a revision that a stale save must match; published versions count from 1
    version: { type: INTEGER, allowNull: false },
    status: { type: STRING(10), allowNull: false },
    revision: { type: INTEGER, allowNull: false, defaultValue: 0 },
    body: { type: JSONTYPE, allowNull: false },
    digest: { type: STRING(64), allowNull: false },
    author: { type: STRING(80), allowNull: false },
    publishedAt: { type: DATE, allowNull: true },
    createdAt: now,
    updatedAt: now,
  });
  await qi.addIndex('definitions', ['kind', 'defId', 'status', 'version'], {
    unique: true,
    name: 'definitions_identity',
  });

  // the latest published version of each definition: one indexed row read per request keeps every instance current
  await qi.createTable('definitions_head', {
    kind: { type: STRING(20), primaryKey: true },
    defId: { type: STRING(80), primaryKey: true },
    version: { type: INTEGER, allowNull: false },
    updatedAt: now,
  });
}

/** Users and their sessions. */
async function peopleTables(qi: QueryInterface): Promise<void> {
  await qi.createTable('users', {
    id,
    username: { type: STRING(80), allowNull: false, unique: true },
    displayName: { type: STRING(200), allowNull: true },
    role: { type: STRING(20), allowNull: false },
    passwordHash: { type: STRING(255), allowNull: false },
    active: { type: BOOLEAN, allowNull: false, defaultValue: true },
    createdAt: now,
    updatedAt: now,
  });

  await qi.createTable('sessions', {
    tokenHash: { type: STRING(64), primaryKey: true },
    userId: { type: INTEGER, allowNull: false, references: { model: 'users', key: 'id' }, onDelete: 'CASCADE' },
    expiresAt: { type: DATE, allowNull: false },
    createdAt: now,
  });
}

/** Cases, their events and their documents. */
async function caseTables(qi: QueryInterface): Promise<void> {
  await qi.createTable('cases', {
    id: { type: STRING(36), primaryKey: true },
    serviceId: { type: STRING(80), allowNull: false },
    serviceVersion: { type: INTEGER, allowNull: false },
    // every definition the case uses, pinned: {form: {id, version}, processes: [...], rulesets: [...], ...}
    pins: { type: JSONTYPE, allowNull: false },
    channel: { type: STRING(80), allowNull: false },
    status: { type: STRING(20), allowNull: false },
    step: { type: STRING(80), allowNull: true },
    outcome: { type: STRING(20), allowNull: true },
    data: { type: JSONTYPE, allowNull: false },
    state: { type: JSONTYPE, allowNull: true },
    outcomes: { type: JSONTYPE, allowNull: true },
    facts: { type: JSONTYPE, allowNull: true },
    deadlines: { type: JSONTYPE, allowNull: true },
    nextDueAt: { type: DATE, allowNull: true },
    submittedAt: { type: DATE, allowNull: true },
    receivedAt: { type: DATE, allowNull: true },
    closedAt: { type: DATE, allowNull: true },
    revision: { type: INTEGER, allowNull: false, defaultValue: 1 },
    createdBy: { type: STRING(80), allowNull: false },
    createdAt: now,
    updatedAt: now,
  });
  await qi.addIndex('cases', ['serviceId', 'status'], { name: 'cases_service_status' });
  await qi.addIndex('cases', ['status', 'nextDueAt'], { name: 'cases_overdue' });

  await qi.createTable('case_events', {
    id,
    caseId: { type: STRING(36), allowNull: false, references: { model: 'cases', key: 'id' } },
    type: { type: STRING(30), allowNull: false },
    action: { type: STRING(80), allowNull: true },
    fromStep: { type: STRING(80), allowNull: true },
    toStep: { type: STRING(80), allowNull: true },
    actor: { type: STRING(80), allowNull: false },
    role: { type: STRING(20), allowNull: true },
    reason: { type: TEXT, allowNull: true },
    payload: { type: JSONTYPE, allowNull: true },
    at: now,
  });
  await qi.addIndex('case_events', ['caseId', 'id'], { name: 'case_events_case' });

  await qi.createTable('documents', {
    id,
    caseId: { type: STRING(36), allowNull: false, references: { model: 'cases', key: 'id' } },
    output: { type: STRING(80), allowNull: false },
    lang: { type: STRING(2), allowNull: false },
    templateId: { type: STRING(80), allowNull: false },
    templateVersion: { type: INTEGER, allowNull: false },
    html: { type: TEXT, allowNull: false },
    createdAt: now,
  });
  await qi.addIndex('documents', ['caseId', 'output', 'lang'], { unique: true, name: 'documents_identity' });
}

/** The hash-chained audit log. */
async function auditTable(qi: QueryInterface): Promise<void> {
  await qi.createTable('audit_log', {
    id,
    at: now,
    actor: { type: STRING(80), allowNull: false },
    action: { type: STRING(40), allowNull: false },
    entity: { type: STRING(40), allowNull: false },
    entityId: { type: STRING(200), allowNull: false },
    beforeDigest: { type: STRING(64), allowNull: true },
    afterDigest: { type: STRING(64), allowNull: true },
    details: { type: JSONTYPE, allowNull: true },
    prevHash: { type: STRING(64), allowNull: false },
    hash: { type: STRING(64), allowNull: false },
  });
  await qi.addIndex('audit_log', ['entity', 'entityId'], { name: 'audit_entity' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const table of [
    'audit_log',
    'documents',
    'case_events',
    'cases',
    'sessions',
    'users',
    'definitions_head',
    'definitions',
  ]) {
    await qi.dropTable(table);
  }
}
