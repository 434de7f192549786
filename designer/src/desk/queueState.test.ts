import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  DEFAULT_QUEUE,
  pageOf,
  parseQueueState,
  queueParams,
  queueUrl,
  sortedBy,
  withFilter,
} from './queueState';

describe('the work queue state', () => {
  it('when the address is empty, then the queue shows cases in progress by next deadline, 50 a page', () => {
    const state = parseQueueState(new URLSearchParams());
    expect(state).toEqual(DEFAULT_QUEUE);
    expect(queueUrl(state)).toBe('/api/cases?status=in-progress&sort=nextDueAt&order=asc&limit=50&offset=0');
  });

  it('when staff search and filter, then the server is asked for exactly that', () => {
    const state = withFilter(DEFAULT_QUEUE, {
      q: ' AR-2026 ',
      service: 'archival-reference',
      step: 'search-and-decide',
      who: 'mine',
      dueToday: true,
      overdue: true,
    });
    const url = new URL(queueUrl(state), 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'AR-2026',
      service: 'archival-reference',
      step: 'search-and-decide',
      status: 'in-progress',
      assignee: 'me',
      due: 'today',
      overdue: 'true',
      sort: 'nextDueAt',
      order: 'asc',
      limit: '50',
      offset: '0',
    });
    expect(new URL(queueUrl({ ...state, who: 'none', status: '' }), 'http://x').searchParams.get('assignee')).toBe(
      'none',
    );
    expect(new URL(queueUrl({ ...state, who: 'group' }), 'http://x').searchParams.get('assignee')).toBe('group');
  });

  it('when a state goes to the address and back, then it is the same state', () => {
    const state = {
      ...DEFAULT_QUEUE,
      q: 'Сәрсенова',
      status: '',
      sort: 'number' as const,
      order: 'desc' as const,
      offset: 100,
      limit: 25,
    };
    expect(parseQueueState(queueParams(state))).toEqual(state);
    expect(queueParams(DEFAULT_QUEUE).toString()).toBe('');
  });

  it('when a heading is clicked, then the queue sorts by it ascending, and a second click reverses it', () => {
    const once = sortedBy({ ...DEFAULT_QUEUE, offset: 50 }, 'applicantName');
    expect([once.sort, once.order, once.offset]).toEqual(['applicantName', 'asc', 0]);
    expect(ariaSort(once, 'applicantName')).toBe('ascending');
    expect(ariaSort(once, 'number')).toBe('none');
    expect(ariaSort(sortedBy(once, 'applicantName'), 'applicantName')).toBe('descending');
  });

  it('when a filter changes on a later page, then the queue starts again from the first', () => {
    expect(withFilter({ ...DEFAULT_QUEUE, offset: 100 }, { overdue: true }).offset).toBe(0);
  });

  it('when there are 120 cases and 50 a page, then the pages are 1–50, 51–100 and 101–120', () => {
    expect(pageOf(DEFAULT_QUEUE, 50, 120)).toEqual({ from: 1, to: 50, previous: null, next: 50 });
    expect(pageOf({ ...DEFAULT_QUEUE, offset: 50 }, 50, 120)).toEqual({ from: 51, to: 100, previous: 0, next: 100 });
    expect(pageOf({ ...DEFAULT_QUEUE, offset: 100 }, 20, 120)).toEqual({
      from: 101,
      to: 120,
      previous: 50,
      next: null,
    });
    expect(pageOf(DEFAULT_QUEUE, 0, 0)).toMatchObject({ from: 0, to: 0, next: null });
  });

  it('when the address holds nonsense, then the defaults stand', () => {
    const state = parseQueueState(new URLSearchParams('sort=id;drop&order=sideways&limit=9999&offset=-3&who=x'));
    expect(state).toEqual(DEFAULT_QUEUE);
  });
});
