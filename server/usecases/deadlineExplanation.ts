import { calendarForChannel, explainDeadline, type DeadlineExplanation } from '../../runtime/calendar/index';
import { notFound } from '../errors';
import { deadlineEvents, existing, load } from './cases';
import type { Context } from './context';

/**
 * How one of a case's deadlines was counted: the pinned calendar as the case's channel receives
 * (its own after-hours cut-off), the same events the due date was computed from, and the same
 * arithmetic (explainDeadline calls dueDate). 404 for an unknown deadline or one not yet running.
 */
export async function explainCaseDeadline(ctx: Context, id: string, deadlineId: string): Promise<DeadlineExplanation> {
  const record = await existing(ctx, id);
  const defs = await load(ctx, record.pins);
  const deadline = defs.service.deadlines.find((d) => d.id === deadlineId);
  if (!deadline) throw notFound(`case "${id}" has no deadline "${deadlineId}"`);
  const channel = defs.service.channels.find((c) => c.id === record.channel);
  const calendar = calendarForChannel(defs.calendar, channel);
  const submitted = record.submittedAt ? new Date(record.submittedAt) : null;
  const events = submitted
    ? deadlineEvents(record, submitted, new Date(record.receivedAt ?? submitted), record.state)
    : { started: new Date(record.createdAt) };
  const explanation = explainDeadline(calendar, deadline, events, {
    now: submitted ?? ctx.now(),
    // a term from `received` is told by when the application arrived, i.e. was submitted
    ...(deadline.from === 'received' && submitted ? { arrivedAt: submitted } : {}),
  });
  if (!explanation)
    throw notFound(`deadline "${deadlineId}" of case "${id}" is not running: its event has not happened`);
  return explanation;
}
