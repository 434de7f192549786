import { describe, expect, it } from 'vitest';
import type { CaseView } from './caseTypes';
import { queueUrl, workQueue, type QueueFilter } from './queueState';

const now = new Date('2026-03-20T06:00:00Z'); // 11:00 in Almaty
const c = (id: string, patch: Partial<CaseView>): CaseView => ({
  id,
  service: 's1',
  channel: 'office',
  status: 'in-progress',
  step: 'review',
  ...patch,
});
const cases = [
  c('later', { nextDueAt: '2026-03-30T13:30:00Z' }),
  c('overdue', { nextDueAt: '2026-03-19T13:30:00Z' }),
  c('today', { nextDueAt: '2026-03-20T13:30:00Z', createdBy: 'staff' }),
  c('none', { nextDueAt: null, service: 's2', step: 'decide' }),
  c('closed', { status: 'done', nextDueAt: '2026-03-01T00:00:00Z' }),
];
const all: QueueFilter = { bucket: 'all', service: '', step: '' };

describe('workQueue()', () => {
  it('sorts open cases by the next deadline, cases without one last, closed cases out', () => {
    expect(workQueue(cases, all, now).map((x) => x.id)).toEqual(['overdue', 'today', 'later', 'none']);
  });
  it('keeps the cases due later today in the calendar zone', () => {
    expect(workQueue(cases, { ...all, bucket: 'due-today' }, now).map((x) => x.id)).toEqual(['today']);
  });
  it('keeps the overdue cases', () => {
    expect(workQueue(cases, { ...all, bucket: 'overdue' }, now).map((x) => x.id)).toEqual(['overdue']);
  });
  it('asks the server for my cases (started or acted on by me), and keeps the open ones it answers', () => {
    expect(queueUrl('mine')).toBe('/api/cases?assignee=me&limit=1000');
    expect(queueUrl('overdue')).toBe('/api/cases?limit=1000');
    expect(workQueue(cases, { ...all, bucket: 'mine' }, now).map((x) => x.id)).toEqual([
      'overdue',
      'today',
      'later',
      'none',
    ]);
  });
  it('filters by service and by step', () => {
    expect(workQueue(cases, { ...all, service: 's2' }, now).map((x) => x.id)).toEqual(['none']);
    expect(workQueue(cases, { ...all, step: 'review' }, now)).toHaveLength(3);
  });
});
