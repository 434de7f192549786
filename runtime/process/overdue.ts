/**
 * THE definition of "overdue", used by the queue, the case page, the overdue sweep and every
 * report: a case in progress whose next due instant (the earliest of its deadlines and its
 * current step's time limit, see server/usecases/cases/deadlines.ts nextDue) has passed. A draft has no
 * running term; a closed case is no longer overdue, though it may have been closed late.
 * The database filter that finds these cases (repositories/caseQueue.ts overdueWhere) says the same.
 */
export function isOverdue(c: { status: string; nextDueAt: string | Date | null }, at: Date): boolean {
  return c.status === 'in-progress' && c.nextDueAt !== null && new Date(c.nextDueAt).getTime() < at.getTime();
}
