import type { Transaction } from 'sequelize';
import type { Service } from '../../runtime/definitions/index';
import type { CaseRecord } from '../repositories/cases';
import type { Context } from '../usecases/context';

function valueAt(data: unknown, dotted: string): unknown {
  let value = data;
  for (const key of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Puts the notices the service definition asks for on `on` (submitted, decided) into the
 * outbox, inside the transaction that makes the change: staff (the case's creator, whose
 * address is their user's) and the applicant (the address in the form field the service names).
 */
export async function raiseCaseNotices(
  ctx: Context,
  t: Transaction,
  record: CaseRecord,
  service: Service,
  on: 'submitted' | 'decided',
  at: Date,
): Promise<void> {
  for (const notice of (service.notices ?? []).filter((n) => n.on === on)) {
    for (const to of notice.to) {
      const email = to === 'applicant' && service.applicantEmail ? valueAt(record.data, service.applicantEmail) : null;
      if (to === 'applicant' && typeof email !== 'string') continue; // the applicant gave no address
      await ctx.db.sequelize.query(
        `INSERT INTO notifications ("caseId", deadline, kind, "dueAt", recipient, email, payload, "createdAt")
         VALUES (:caseId, :deadline, :kind, :at, :recipient, :email, :payload, :at)
         ON CONFLICT ("caseId", deadline, kind) DO NOTHING`,
        {
          replacements: {
            caseId: record.id,
            deadline: `${on}:${to}@${at.toISOString()}`,
            kind: on,
            at,
            recipient: to === 'staff' ? record.createdBy : 'applicant',
            email: typeof email === 'string' ? email : null,
            payload: JSON.stringify({
              service: service.id,
              outcome: record.outcome,
              ...(notice.template ? { template: notice.template } : {}),
            }),
          },
          transaction: t,
        },
      );
    }
  }
}
