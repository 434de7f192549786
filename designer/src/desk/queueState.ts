/** The columns the queue sorts by: the server sorts (contract item 2), so every page is in order. */
export const SORT_COLUMNS = [
  'number',
  'applicantName',
  'service',
  'step',
  'status',
  'stepDue',
  'nextDueAt',
  'assignee',
  'submittedAt',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type Order = 'asc' | 'desc';
/** all cases, the caller's, those of the caller's groups' steps, those nobody claimed */
export type Who = 'all' | 'mine' | 'group' | 'none';
export const PAGE_SIZES = [25, 50, 100] as const;

/** Everything that decides which cases the queue shows, kept in the address so a view can be shared. */
export interface QueueState {
  q: string;
  service: string;
  step: string;
  status: string;
  who: Who;
  dueToday: boolean;
  overdue: boolean;
  sort: SortColumn;
  order: Order;
  limit: number;
  offset: number;
}

export const DEFAULT_QUEUE: QueueState = {
  q: '',
  service: '',
  step: '',
  status: 'in-progress',
  who: 'all',
  dueToday: false,
  overdue: false,
  sort: 'nextDueAt',
  order: 'asc',
  limit: 50,
  offset: 0,
};

function oneOf<T extends string>(list: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The queue's state from the address; anything unknown falls back to the default. */
export function parseQueueState(params: URLSearchParams): QueueState {
  const limit = Number(params.get('limit'));
  const offset = Number(params.get('offset'));
  return {
    q: params.get('q') ?? '',
    service: params.get('service') ?? '',
    step: params.get('step') ?? '',
    status: params.has('status')
      ? oneOf(['', 'draft', 'in-progress', 'done'], params.get('status'), '')
      : 'in-progress',
    who: oneOf<Who>(['all', 'mine', 'group', 'none'], params.get('who'), 'all'),
    dueToday: params.get('due') === 'today',
    overdue: params.get('overdue') === 'true',
    sort: oneOf(SORT_COLUMNS, params.get('sort'), DEFAULT_QUEUE.sort),
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_QUEUE.limit,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** The address parameters of a state: only what differs from the default. */
export function queueParams(state: QueueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.service) params.set('service', state.service);
  if (state.step) params.set('step', state.step);
  if (state.status !== DEFAULT_QUEUE.status) params.set('status', state.status);
  if (state.who !== 'all') params.set('who', state.who);
  if (state.dueToday) params.set('due', 'today');
  if (state.overdue) params.set('overdue', 'true');
  if (state.sort !== DEFAULT_QUEUE.sort || state.order !== DEFAULT_QUEUE.order) {
    params.set('sort', state.sort);
    params.set('order', state.order);
  }
  if (state.limit !== DEFAULT_QUEUE.limit) params.set('limit', String(state.limit));
  if (state.offset) params.set('offset', String(state.offset));
  return params;
}

/** GET /api/cases for a state (contract item 2). */
export function queueUrl(state: QueueState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.service) params.set('service', state.service);
  if (state.step) params.set('step', state.step);
  if (state.status) params.set('status', state.status);
  if (state.who === 'mine') params.set('assignee', 'me');
  if (state.who === 'group') params.set('assignee', 'group');
  if (state.who === 'none') params.set('assignee', 'none');
  if (state.dueToday) params.set('due', 'today');
  if (state.overdue) params.set('overdue', 'true');
  params.set('sort', state.sort);
  params.set('order', state.order);
  params.set('limit', String(state.limit));
  params.set('offset', String(state.offset));
  return `/api/cases?${params.toString()}`;
}

/** A change of filter starts again from the first page; a change of page keeps the filter. */
export function withFilter(state: QueueState, patch: Partial<QueueState>): QueueState {
  return { ...state, ...patch, offset: 0 };
}

/** Clicking a column's heading sorts by it, ascending; clicking it again reverses the order. */
export function sortedBy(state: QueueState, column: SortColumn): QueueState {
  const order: Order = state.sort === column && state.order === 'asc' ? 'desc' : 'asc';
  return { ...state, sort: column, order, offset: 0 };
}

export function ariaSort(state: QueueState, column: SortColumn): 'ascending' | 'descending' | 'none' {
  if (state.sort !== column) return 'none';
  return state.order === 'asc' ? 'ascending' : 'descending';
}

/** "51–100" of a total, and where the previous and next pages start (null when there is none). */
export function pageOf(state: QueueState, shown: number, total: number) {
  return {
    from: total === 0 ? 0 : state.offset + 1,
    to: state.offset + shown,
    previous: state.offset > 0 ? Math.max(0, state.offset - state.limit) : null,
    next: state.offset + state.limit < total ? state.offset + state.limit : null,
  };
}
