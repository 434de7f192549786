import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { QueryTypes } from 'sequelize';
import { seed } from '../../seeds/load';
import { openDatabase, type Db } from '../db/connection';
import { licenceDefinitions } from '../test/fixtures';
import { writeDefinitionFiles } from '../test/harness';
import { ROOT } from './serverProcess';

export const DRILL_PASSWORD = 'drill-password-123';

/** Migrates and seeds a database with the licence fixtures and the demo users, as a server's first start would. */
export async function seedDrillDatabase(
  url: string,
  definitions: Record<string, { kind: string; id: string }> = licenceDefinitions(),
): Promise<Db> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-drill-defs-'));
  try {
    const db = await openDatabase(url);
    await seed(db, {
      demoUsers: true,
      demoPassword: DRILL_PASSWORD,
      roots: [writeDefinitionFiles(dir, definitions)],
    });
    return db;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `server/cli/verifyAudit.ts` the way an operator would; resolves with its exit code and output. */
export async function verifyAuditCli(url: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/cli/verifyAudit.ts', url],
      { cwd: ROOT, timeout: 120_000 },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

export interface CaseSnapshot {
  id: string;
  status: string;
  submittedAt: unknown;
  deadlines: unknown;
  /** case events by type */
  events: Record<string, number>;
  /** audit entries on the case by action */
  audit: Record<string, number>;
}

/** Every case with its event and audit counts, read straight from the tables. */
export async function snapshotCases(db: Db): Promise<Map<string, CaseSnapshot>> {
  const q = <T extends object>(sql: string) => db.sequelize.query<T>(sql, { type: QueryTypes.SELECT });
  const cases = await q<{ id: string; status: string; submittedAt: unknown; deadlines: unknown }>(
    'SELECT id, status, "submittedAt", deadlines FROM cases',
  );
  const snapshots = new Map<string, CaseSnapshot>();
  for (const c of cases) {
    const deadlines = typeof c.deadlines === 'string' ? JSON.parse(c.deadlines) : c.deadlines;
    snapshots.set(c.id, { ...c, deadlines, events: {}, audit: {} });
  }
  const events = await q<{ caseId: string; type: string; n: number | string }>(
    'SELECT "caseId", type, COUNT(*) AS n FROM case_events GROUP BY "caseId", type',
  );
  for (const e of events) {
    const s = snapshots.get(e.caseId);
    if (s) s.events[e.type] = Number(e.n);
    else snapshots.set(e.caseId, orphan(e.caseId, { events: { [e.type]: Number(e.n) } }));
  }
  const audit = await q<{ entityId: string; action: string; n: number | string }>(
    `SELECT "entityId", action, COUNT(*) AS n FROM audit_log WHERE entity = 'case' GROUP BY "entityId", action`,
  );
  for (const a of audit) {
    const s = snapshots.get(a.entityId);
    if (s) s.audit[a.action] = Number(a.n);
    else snapshots.set(a.entityId, orphan(a.entityId, { audit: { [a.action]: Number(a.n) } }));
  }
  return snapshots;
}

function orphan(id: string, counts: Partial<Pick<CaseSnapshot, 'events' | 'audit'>>): CaseSnapshot {
  return { id, status: 'missing', submittedAt: null, deadlines: null, events: {}, audit: {}, ...counts };
}

/**
 * What "whole" means for a case: started with its event and audit entry; and either
 * submitted with its deadlines, one `submitted` event and one `case.submit` audit entry,
 * or still a draft with none of them. Returns the problems found, empty when whole.
 */
export function wholeness(c: CaseSnapshot): string[] {
  const problems: string[] = [];
  if (c.status === 'missing') return [`${c.id}: events or audit entries for a case that does not exist`];
  if (c.events.started !== 1) problems.push(`${c.id}: ${c.events.started ?? 0} started events`);
  if (c.audit['case.start'] !== 1) problems.push(`${c.id}: ${c.audit['case.start'] ?? 0} case.start audit entries`);
  const submittedEvents = c.events.submitted ?? 0;
  const submitAudits = c.audit['case.submit'] ?? 0;
  if (c.status === 'draft') {
    if (c.submittedAt) problems.push(`${c.id}: a draft with a submission time`);
    if (Array.isArray(c.deadlines) && c.deadlines.length > 0) problems.push(`${c.id}: a draft with deadlines`);
    if (submittedEvents) problems.push(`${c.id}: a draft with ${submittedEvents} submitted events`);
    if (submitAudits) problems.push(`${c.id}: a draft with ${submitAudits} case.submit audit entries`);
  } else {
    if (!c.submittedAt) problems.push(`${c.id}: ${c.status} without a submission time`);
    if (!Array.isArray(c.deadlines) || c.deadlines.length === 0)
      problems.push(`${c.id}: ${c.status} without deadlines`);
    if (submittedEvents !== 1) problems.push(`${c.id}: ${c.status} with ${submittedEvents} submitted events`);
    if (submitAudits !== 1) problems.push(`${c.id}: ${c.status} with ${submitAudits} case.submit audit entries`);
  }
  return problems;
}
