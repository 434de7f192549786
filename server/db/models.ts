import { DataTypes, Model, type ModelAttributes, type ModelOptions, type ModelStatic, type Sequelize } from 'sequelize';
import type { ProcessState } from '../../runtime/process/index';
import type { CaseDeadline, CaseReplay, CaseStatus, Pins, RulesetOutcome } from './caseColumns';

const { INTEGER, STRING, TEXT, DATE, JSON: JSONTYPE, BOOLEAN } = DataTypes;

export interface DefinitionRow {
  id: number;
  kind: string;
  defId: string;
  version: number;
  status: 'draft' | 'published';
  revision: number;
  body: Record<string, unknown>;
  digest: string;
  author: string;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface HeadRow {
  kind: string;
  defId: string;
  version: number;
  updatedAt: Date;
}

export interface UserRow {
  id: number;
  username: string;
  displayName: string | null;
  role: string;
  passwordHash: string;
  active: boolean;
  groups: string[] | string | null;
  email: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionRow {
  tokenHash: string;
  userId: number;
  expiresAt: Date;
  createdAt: Date;
}

/** A row of `cases`: the one place its shape is written (the repository's CaseRecord is derived from it). */
export interface CaseRow {
  id: string;
  serviceId: string;
  serviceVersion: number;
  pins: Pins;
  channel: string;
  status: CaseStatus;
  step: string | null;
  outcome: string | null;
  data: Record<string, unknown>;
  state: ProcessState | null;
  outcomes: RulesetOutcome[] | null;
  facts: Record<string, unknown> | null;
  deadlines: CaseDeadline[] | null;
  nextDueAt: Date | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  closedAt: Date | null;
  revision: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** data of the service's extra forms, by form id */
  forms: Record<string, Record<string, unknown>> | null;
  calendarId: string | null;
  /** what impact previews replay (see usecases/caseEvaluation.ts) */
  replay: CaseReplay | null;
  /** e.g. AR-2026-000123: sequential per service and year, given on submission; null for a draft */
  number: string | null;
  /** the user who claimed the case */
  assignee: string | null;
  /** who applies, read from the data where the service definition points */
  applicantName: string | null;
  applicantId: string | null;
  stepDue: Date | null;
  stepGroups: string | null;
}

/** The JSON columns of `cases`. */
export type CaseJsonColumn = 'pins' | 'data' | 'state' | 'outcomes' | 'facts' | 'deadlines' | 'forms' | 'replay';

/**
 * A case row as a driver hands it back: on SQLite, JSON columns are still text and instants are text;
 * the repository reads either into a CaseRecord.
 */
export type StoredCaseRow = {
  [C in keyof CaseRow]: C extends CaseJsonColumn ? CaseRow[C] | string : Stored<CaseRow[C]>;
};
/** An instant as stored: a Date through Sequelize, ISO text on SQLite's own connection. */
type Stored<T> = T extends Date ? Date | string : T;

export interface CaseEventRow {
  id: number;
  caseId: string;
  type: string;
  action: string | null;
  fromStep: string | null;
  toStep: string | null;
  actor: string;
  role: string | null;
  reason: string | null;
  payload: Record<string, unknown> | null;
  at: Date;
}

export interface DocumentRow {
  id: number;
  caseId: string;
  output: string;
  lang: string;
  templateId: string;
  templateVersion: number;
  html: string;
  createdAt: Date;
}

export interface AuditRow {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  details: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
  /** the X-Request-Id of the request that made it; null outside requests and before migration 0090 */
  requestId: string | null;
}

type Static<R extends object> = ModelStatic<Model<R, Partial<R>>>;

export interface Models {
  Definition: Static<DefinitionRow>;
  Head: Static<HeadRow>;
  User: Static<UserRow>;
  Session: Static<SessionRow>;
  Case: Static<CaseRow>;
  CaseEvent: Static<CaseEventRow>;
  Document: Static<DocumentRow>;
  Audit: Static<AuditRow>;
}

function defineTable<R extends object>(
  sequelize: Sequelize,
  name: string,
  attributes: ModelAttributes<Model<R, Partial<R>>, Partial<R>>,
  options: ModelOptions<Model<R, Partial<R>>>,
): Static<R> {
  return sequelize.define<Model<R, Partial<R>>, Partial<R>>(name, attributes, options);
}

/** Rows read with `raw: true` are plain objects, which Sequelize's types do not say. */
export async function rawAll<R>(query: Promise<unknown[]>): Promise<R[]> {
  return (await query) as R[];
}
export async function rawOne<R>(query: Promise<unknown>): Promise<R | null> {
  return ((await query) as R | null) ?? null;
}

const auto = { type: INTEGER, primaryKey: true, autoIncrement: true };

/** The Sequelize models over the tables that migrations/ create; the migrations, not sync(), own the schema. */
export function defineModels(sequelize: Sequelize): Models {
  const Definition = defineTable<DefinitionRow>(
    sequelize,
    'Definition',
    {
      id: auto,
      kind: STRING(20),
      defId: STRING(80),
      version: INTEGER,
      status: STRING(10),
      revision: INTEGER,
      body: JSONTYPE,
      digest: STRING(64),
      author: STRING(80),
      publishedAt: DATE,
    },
    { tableName: 'definitions' },
  );
  const Head = defineTable<HeadRow>(
    sequelize,
    'Head',
    {
      kind: { type: STRING(20), primaryKey: true },
      defId: { type: STRING(80), primaryKey: true },
      version: INTEGER,
    },
    { tableName: 'definitions_head', createdAt: false },
  );
  const User = defineTable<UserRow>(
    sequelize,
    'User',
    {
      id: auto,
      username: STRING(80),
      displayName: STRING(200),
      role: STRING(20),
      passwordHash: STRING(255),
      active: BOOLEAN,
      groups: JSONTYPE,
      email: STRING(320),
    },
    { tableName: 'users' },
  );
  const Session = defineTable<SessionRow>(
    sequelize,
    'Session',
    {
      tokenHash: { type: STRING(64), primaryKey: true },
      userId: INTEGER,
      expiresAt: DATE,
    },
    { tableName: 'sessions', updatedAt: false },
  );
  return { Definition, Head, User, Session, ...caseTables(sequelize) };
}

/** The tables of the cases: the case, its events, its documents, and the audit log. */
function caseTables(sequelize: Sequelize): Pick<Models, 'Case' | 'CaseEvent' | 'Document' | 'Audit'> {
  const Case = defineTable<CaseRow>(
    sequelize,
    'Case',
    {
      id: { type: STRING(36), primaryKey: true },
      serviceId: STRING(80),
      serviceVersion: INTEGER,
      pins: JSONTYPE,
      channel: STRING(80),
      status: STRING(20),
      step: STRING(80),
      outcome: STRING(20),
      data: JSONTYPE,
      state: JSONTYPE,
      outcomes: JSONTYPE,
      facts: JSONTYPE,
      deadlines: JSONTYPE,
      nextDueAt: DATE,
      submittedAt: DATE,
      receivedAt: DATE,
      closedAt: DATE,
      revision: INTEGER,
      createdBy: STRING(80),
      forms: JSONTYPE,
      calendarId: STRING(80),
      replay: JSONTYPE,
      number: STRING(40),
      assignee: STRING(80),
      applicantName: STRING(300),
      applicantId: STRING(20),
      stepDue: DATE,
      stepGroups: STRING(1000),
    },
    { tableName: 'cases' },
  );
  const CaseEvent = defineTable<CaseEventRow>(
    sequelize,
    'CaseEvent',
    {
      id: auto,
      caseId: STRING(36),
      type: STRING(30),
      action: STRING(80),
      fromStep: STRING(80),
      toStep: STRING(80),
      actor: STRING(80),
      role: STRING(20),
      reason: TEXT,
      payload: JSONTYPE,
      at: DATE,
    },
    { tableName: 'case_events', timestamps: false },
  );
  const Document = defineTable<DocumentRow>(
    sequelize,
    'Document',
    {
      id: auto,
      caseId: STRING(36),
      output: STRING(80),
      lang: STRING(2),
      templateId: STRING(80),
      templateVersion: INTEGER,
      html: TEXT,
    },
    { tableName: 'documents', updatedAt: false },
  );
  const Audit = defineTable<AuditRow>(
    sequelize,
    'Audit',
    {
      id: auto,
      at: DATE,
      actor: STRING(80),
      action: STRING(40),
      entity: STRING(40),
      entityId: STRING(200),
      beforeDigest: STRING(64),
      afterDigest: STRING(64),
      details: JSONTYPE,
      prevHash: STRING(64),
      hash: STRING(64),
      requestId: STRING(128),
    },
    { tableName: 'audit_log', timestamps: false },
  );
  return { Case, CaseEvent, Document, Audit };
}
