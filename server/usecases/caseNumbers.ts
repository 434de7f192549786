import type { Transaction } from 'sequelize';
import type { Service } from '../../runtime/definitions/index';
import { atPointer } from '../../runtime/rules/jsonPointer';
import type { Context } from './context';

/** The digits of a case number's sequence: AR-2026-000123. */
const SEQUENCE_DIGITS = 6;

/**
 * The next case number of the service for the year, allocated in the caller's transaction, so
 * a rolled-back submission gives its number back and two instances never hand out the same one.
 * The prefix is the service's `numbering.prefix`; a service without one is numbered by its id.
 */
export async function allocateCaseNumber(
  ctx: Context,
  t: Transaction,
  service: Service,
  year: number,
): Promise<string> {
  const sequence = await ctx.cases.nextNumber(service.id, year, t);
  const prefix = service.numbering?.prefix ?? service.id.toUpperCase();
  return `${prefix}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

/**
 * Who applies, as the service definition points at it in the application's data: the first
 * name alternative whose parts are given (parts joined by a space), and the first IIN/BIN given.
 */
export function applicantOf(
  service: Pick<Service, 'applicant'>,
  data: Record<string, unknown>,
): { applicantName: string | null; applicantId: string | null } {
  let applicantName: string | null = null;
  for (const parts of service.applicant?.name ?? []) {
    const given = parts.map((p) => text(atPointer(data, p))).filter((v): v is string => v !== undefined);
    if (given.length) {
      applicantName = given.join(' ').slice(0, 300);
      break;
    }
  }
  const id = (service.applicant?.id ?? []).map((p) => text(atPointer(data, p))).find((v) => v !== undefined);
  return { applicantName, applicantId: id?.slice(0, 20) ?? null };
}
