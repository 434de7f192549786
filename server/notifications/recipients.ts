import type { Transaction } from 'sequelize';
import type { Service } from '../../runtime/definitions/index';
import type { NoticeRecipient } from '../../runtime/definitions/service';
import type { Context } from '../usecases/context';

/** One addressee of a notice: a user (whose address the mailer reads when it sends) or the applicant's address. */
export interface Addressee {
  /** the username, or `applicant` */
  recipient: string;
  /** set for the applicant; a user's address is read at sending time, so a corrected one is used */
  email: string | null;
}

function valueAt(data: unknown, dotted: string): unknown {
  let value = data;
  for (const key of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Who the kinds of recipient a notice names stand for on this case now, each person once:
 * read inside the caller's transaction, so it is the case as the change being made leaves it.
 * A kind that stands for nobody (no assignee yet, no address given, a closed case's group) adds nobody.
 */
export async function noticeRecipients(
  ctx: Context,
  t: Transaction,
  caseId: string,
  service: Service,
  kinds: readonly NoticeRecipient[],
): Promise<Addressee[]> {
  const row = await ctx.notices.caseColumns(caseId, t);
  if (!row) return [];
  const found = new Map<string, Addressee>();
  const add = (recipient: string, email: string | null = null) => {
    if (!found.has(recipient)) found.set(recipient, { recipient, email });
  };
  for (const kind of kinds) {
    if (kind === 'creator') add(row.createdBy);
    else if (kind === 'assignee' && row.assignee) add(row.assignee);
    else if (kind === 'applicant' && service.applicantEmail) {
      const data = typeof row.data === 'string' ? (JSON.parse(row.data) as unknown) : row.data;
      const email = valueAt(data, service.applicantEmail);
      if (typeof email === 'string' && email.includes('@')) add('applicant', email.trim());
    } else if (kind === 'group' && row.stepGroups) {
      // stored as `,a,b,` (see migration 0010)
      const groups = new Set(row.stepGroups.split(',').filter(Boolean));
      for (const user of await ctx.users.list(t)) {
        if (user.active && user.groups.some((g) => groups.has(g))) add(user.username);
      }
    }
  }
  return [...found.values()];
}
