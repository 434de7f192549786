import { QueryTypes } from 'sequelize';
import type { Transporter } from 'nodemailer';
import { renderDocument } from '../../runtime/documents/render';
import { isLanguage, type Language } from '../../runtime/i18n';
import type { Context } from '../usecases/context';

export interface MailerOptions {
  from: string;
  /** failures before a notice is marked failed (and shown to admins) */
  maxAttempts: number;
  /** the first retry waits this long; each next one twice as long */
  backoffMs: number;
  /** how long one instance holds a notice it is sending before another may take it over */
  leaseMs: number;
  /** the language of notices whose case has none recorded (submitted before migration 0080) */
  lang: Language;
}

export const DEFAULT_MAILER: Omit<MailerOptions, 'from'> = {
  maxAttempts: 5,
  backoffMs: 60_000,
  leaseMs: 120_000,
  lang: 'ru',
};

interface PendingRow {
  id: number;
  caseId: string;
  kind: string;
  recipient: string;
  payload: string | Record<string, unknown> | null;
  attempts: number;
  email: string | null;
  /** the case's language (migration 0080); null for a case submitted before it was kept */
  lang: string | null;
  number: string | null;
}

/**
 * Delivers the notifications outbox over SMTP. Each notice is first leased with one
 * conditional UPDATE (a single statement on SQLite and PostgreSQL alike), so of several
 * instances sweeping at once exactly one sends it; a failure backs off exponentially and,
 * after `maxAttempts`, marks the notice failed. Message texts are template definitions
 * `notice-<kind>` (kk/ru/en): first line the subject, the rest the text.
 */
export async function deliverNotifications(
  ctx: Context,
  transport: Pick<Transporter, 'sendMail'>,
  options: MailerOptions,
): Promise<{ sent: number; failed: number; retried: number }> {
  const { sequelize } = ctx.db;
  const now = ctx.now();
  const due = await sequelize.query<PendingRow>(
    `SELECT n.id, n."caseId", n.kind, n.recipient, n.payload, n.attempts, COALESCE(n.email, u.email) AS email,
       c.lang, c.number
     FROM notifications n LEFT JOIN users u ON u.username = n.recipient LEFT JOIN cases c ON c.id = n."caseId"
     WHERE n."sentAt" IS NULL AND n."failedAt" IS NULL
       AND (n."nextAttemptAt" IS NULL OR n."nextAttemptAt" <= :now)
       AND (n."leaseUntil" IS NULL OR n."leaseUntil" < :now)
     ORDER BY n.id LIMIT 100`,
    { replacements: { now }, type: QueryTypes.SELECT },
  );
  const result = { sent: 0, failed: 0, retried: 0 };
  for (const row of due) {
    const [, leased] = await ctx.db.write(
      `UPDATE notifications SET "leaseUntil" = :until
       WHERE id = :id AND "sentAt" IS NULL AND "failedAt" IS NULL AND ("leaseUntil" IS NULL OR "leaseUntil" < :now)`,
      { replacements: { id: row.id, now, until: new Date(now.getTime() + options.leaseMs) }, type: QueryTypes.UPDATE },
    );
    if (affected(leased) !== 1) continue; // another instance has it
    try {
      if (!row.email) throw new Error(`user "${row.recipient}" has no e-mail address`);
      const { subject, text } = await messageOf(ctx, row, isLanguage(row.lang) ? row.lang : options.lang);
      await transport.sendMail({ from: options.from, to: row.email, subject, text });
      await ctx.db.write(
        `UPDATE notifications SET "sentAt" = :now, "leaseUntil" = NULL, attempts = :attempts, email = :email WHERE id = :id`,
        { replacements: { id: row.id, now: ctx.now(), attempts: row.attempts + 1, email: row.email } },
      );
      result.sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const failed = attempts >= options.maxAttempts;
      await ctx.db.write(
        `UPDATE notifications SET attempts = :attempts, "lastError" = :error, "leaseUntil" = NULL,
           "nextAttemptAt" = :next, "failedAt" = :failedAt WHERE id = :id`,
        {
          replacements: {
            id: row.id,
            attempts,
            error: (error as Error).message.slice(0, 2000),
            next: new Date(now.getTime() + options.backoffMs * 2 ** (attempts - 1)),
            failedAt: failed ? now : null,
          },
        },
      );
      if (failed) result.failed++;
      else result.retried++;
    }
  }
  return result;
}

/** rows affected by an UPDATE, as each dialect reports it */
function affected(meta: unknown): number {
  if (typeof meta === 'number') return meta;
  const m = meta as { rowCount?: number; changes?: number } | undefined;
  return m?.rowCount ?? m?.changes ?? 0;
}

async function messageOf(ctx: Context, row: PendingRow, lang: Language): Promise<{ subject: string; text: string }> {
  const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Record<
    string,
    unknown
  > | null;
  const id = typeof payload?.template === 'string' ? payload.template : `notice-${row.kind}`;
  const template = (await ctx.store.latest('template', id))?.definition;
  if (!template) throw new Error(`no message template "${id}"`);
  const rendered = renderDocument(template, {
    lang,
    data: payload ?? {},
    case: { id: row.caseId, ...(row.number ? { number: row.number } : {}) },
  });
  const [subject = '', ...rest] = rendered.split('\n');
  return { subject: subject.trim(), text: rest.join('\n').trim() };
}

/** Lists notices for admins: those that failed, with their last error, or all. */
export async function listNotifications(ctx: Context, status: 'failed' | 'pending' | 'sent' | undefined) {
  const where =
    status === 'failed'
      ? 'WHERE n."failedAt" IS NOT NULL'
      : status === 'sent'
        ? 'WHERE n."sentAt" IS NOT NULL'
        : status === 'pending'
          ? 'WHERE n."sentAt" IS NULL AND n."failedAt" IS NULL'
          : '';
  // the case's number, which staff know it by; a user's address when the notice has none yet
  return ctx.db.sequelize.query(
    `SELECT n.id, n."caseId", c.number AS "caseNumber", n.kind, n.recipient, COALESCE(n.email, u.email) AS email,
       n.attempts, n."lastError", n."nextAttemptAt", n."sentAt", n."failedAt", n."createdAt"
     FROM notifications n LEFT JOIN cases c ON c.id = n."caseId" LEFT JOIN users u ON u.username = n.recipient
     ${where} ORDER BY n.id DESC LIMIT 500`,
    { type: QueryTypes.SELECT },
  );
}

/** Starts delivering the outbox every `intervalMs` (QAGIDA_SMTP_URL set); returns a stop function. */
export function scheduleMailer(
  ctx: Context,
  transport: Pick<Transporter, 'sendMail'>,
  options: MailerOptions & { intervalMs: number; onError?: (error: unknown) => void },
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverNotifications(ctx, transport, options)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => (running = false));
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
