import type { Transporter } from 'nodemailer';
import { renderDocument } from '../../runtime/documents/render';
import { isLanguage, type Language } from '../../runtime/i18n';
import type { NoticeStatus, PendingNotice } from '../repositories/noticeOutbox';
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
  const now = ctx.now();
  const due = await ctx.notices.due(now);
  const result = { sent: 0, failed: 0, retried: 0 };
  for (const row of due) {
    if (!(await ctx.notices.lease(row.id, now, new Date(now.getTime() + options.leaseMs)))) continue; // another instance has it
    try {
      if (!row.email) throw new Error(`user "${row.recipient}" has no e-mail address`);
      const { subject, text } = await messageOf(ctx, row, isLanguage(row.lang) ? row.lang : options.lang);
      await transport.sendMail({ from: options.from, to: row.email, subject, text });
      await ctx.notices.markSent(row.id, ctx.now(), row.attempts + 1, row.email);
      result.sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const failed = attempts >= options.maxAttempts;
      await ctx.notices.markAttempt(row.id, {
        attempts,
        error: (error as Error).message.slice(0, 2000),
        next: new Date(now.getTime() + options.backoffMs * 2 ** (attempts - 1)),
        failedAt: failed ? now : null,
      });
      if (failed) result.failed++;
      else result.retried++;
    }
  }
  return result;
}

async function messageOf(ctx: Context, row: PendingNotice, lang: Language): Promise<{ subject: string; text: string }> {
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
export function listNotifications(ctx: Context, status: NoticeStatus) {
  return ctx.notices.list(status);
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
