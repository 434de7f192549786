import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, errorText } from '../shared/api';
import { formatInstant, timeLeft } from '../shared/format';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CaseSummary } from './caseTypes';
import { ClaimButton } from './ClaimButton';
import { durationText, outcomeLabel, STATUSES, statusLabel } from './labels';
import {
  ariaSort,
  PAGE_SIZES,
  pageOf,
  parseQueueState,
  queueParams,
  queueUrl,
  SORT_COLUMNS,
  sortedBy,
  withFilter,
  type QueueState,
  type SortColumn,
  type Who,
} from './queueState';
import { useServiceCatalog } from './useServiceCatalog';

const WHO: Who[] = ['all', 'mine', 'group', 'none'];

/**
 * The work queue: the server searches (case number, applicant name, IIN/BIN), filters, sorts by any column
 * and pages; the state lives in the address. Each case can be claimed or released from its row.
 */
export function Queue() {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const state = parseQueueState(params);
  const [answer, setAnswer] = useState<{ cases: CaseSummary[]; total: number } | null>(null);
  const [error, setError] = useState('');
  const [search, setSearch] = useState(state.q);
  const [version, setVersion] = useState(0);
  const catalog = useServiceCatalog();
  const url = queueUrl(state);
  const go = (next: QueueState) => setParams(queueParams(next));

  useEffect(() => {
    let live = true;
    setError('');
    api<{ cases: CaseSummary[]; total?: number }>(url)
      .then((body) => live && setAnswer({ cases: body.cases, total: body.total ?? body.cases.length }))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [url, version]);

  const serviceOf = (id: string) => catalog?.find((s) => s.id === id);
  const serviceTitle = (id: string) => resolveLabel(serviceOf(id)?.title as never, lang) || t('loading');
  const stepOf = (service: string, step: string | null) => serviceOf(service)?.steps.find((s) => s.id === step);
  const stepLabel = (service: string, step: string | null) => {
    if (!step) return '—';
    return resolveLabel(stepOf(service, step)?.label as never, lang) || t('loading');
  };
  const stepChoices = state.service
    ? (serviceOf(state.service)?.steps ?? [])
    : [...new Map((catalog ?? []).flatMap((s) => s.steps).map((s) => [s.id, s])).values()];
  const cases = answer?.cases ?? [];
  const page = pageOf(state, cases.length, answer?.total ?? 0);

  const heading = (column: SortColumn) => (
    <th key={column} scope="col" aria-sort={ariaSort(state, column)}>
      <button type="button" className="sort" onClick={() => go(sortedBy(state, column))}>
        {t(`queue.column.${column}`)}
        <span aria-hidden="true">{state.sort === column ? (state.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <section className="queue">
      <h1>{t('queue.title')}</h1>
      <form
        role="search"
        className="queue-search"
        onSubmit={(e) => {
          e.preventDefault();
          go(withFilter(state, { q: search }));
        }}
      >
        <label>
          {t('queue.search')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <button type="submit">{t('queue.find')}</button>
      </form>
      <div className="filters" role="group" aria-label={t('queue.filters')}>
        <div role="radiogroup" aria-label={t('queue.whichCases')} className="tabs">
          {WHO.map((w) => (
            <button
              key={w}
              type="button"
              role="radio"
              aria-checked={state.who === w}
              onClick={() => go(withFilter(state, { who: w }))}
            >
              {t(`queue.who.${w}`)}
            </button>
          ))}
        </div>
        <label>
          {t('queue.service')}
          <select value={state.service} onChange={(e) => go(withFilter(state, { service: e.target.value, step: '' }))}>
            <option value="">{t('queue.any')}</option>
            {(catalog ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {resolveLabel(s.title as never, lang) || t('unknown')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('queue.step')}
          <select value={state.step} onChange={(e) => go(withFilter(state, { step: e.target.value }))}>
            <option value="">{t('queue.any')}</option>
            {stepChoices.map((s) => (
              <option key={s.id} value={s.id}>
                {resolveLabel(s.label as never, lang) || t('unknown')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('queue.status')}
          <select value={state.status} onChange={(e) => go(withFilter(state, { status: e.target.value }))}>
            <option value="">{t('queue.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(t, s)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.dueToday}
            onChange={(e) => go(withFilter(state, { dueToday: e.target.checked }))}
          />{' '}
          {t('queue.dueToday')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.overdue}
            onChange={(e) => go(withFilter(state, { overdue: e.target.checked }))}
          />{' '}
          {t('queue.overdue')}
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!answer ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <p role="status" data-testid="queue-total">
            {t('queue.showing', { from: page.from, to: page.to, total: answer.total })}
          </p>
          <div className="table-scroll">
            <table className="grid" data-testid="queue">
              <thead>
                <tr>
                  {SORT_COLUMNS.map(heading)}
                  <th scope="col">{t('queue.column.claim')}</th>
                </tr>
              </thead>
              <tbody>
                {cases.length === 0 && (
                  <tr>
                    <td colSpan={SORT_COLUMNS.length + 1}>{t('queue.empty')}</td>
                  </tr>
                )}
                {cases.map((c) => (
                  <tr key={c.id} className={c.overdue ? 'overdue' : ''} data-case={c.id}>
                    <td>
                      <Link to={`/desk/cases/${c.id}`}>{c.number ?? t('case.draftNumber')}</Link>
                    </td>
                    <td>
                      {c.applicantName ?? '—'}
                      {c.applicantId && <div className="muted">{c.applicantId}</div>}
                    </td>
                    <td>{serviceTitle(c.service)}</td>
                    <td>
                      {stepLabel(c.service, c.step)}
                      {c.status === 'in-progress' && stepOf(c.service, c.step)?.limit && (
                        <div className="muted">
                          {t('steps.limit')}: {durationText(t, stepOf(c.service, c.step)?.limit)}
                        </div>
                      )}
                    </td>
                    <td>
                      {statusLabel(t, c.status)}
                      {c.outcome ? ` (${outcomeLabel(t, c.outcome)})` : ''}
                    </td>
                    <td>{formatInstant(c.stepDue)}</td>
                    <td>
                      {formatInstant(c.nextDueAt)}
                      {c.nextDueAt && c.status !== 'done' && <div className="muted">{timeLeft(c.nextDueAt)}</div>}
                    </td>
                    <td>{c.assignee ?? '—'}</td>
                    <td>{formatInstant(c.submittedAt)}</td>
                    <td>
                      {c.status === 'in-progress' && (
                        <ClaimButton caseId={c.id} assignee={c.assignee} onChanged={() => setVersion((v) => v + 1)} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t('queue.pages')}>
            <button
              type="button"
              disabled={page.previous === null}
              onClick={() => page.previous !== null && go({ ...state, offset: page.previous })}
            >
              {t('queue.previous')}
            </button>
            <button
              type="button"
              disabled={page.next === null}
              onClick={() => page.next !== null && go({ ...state, offset: page.next })}
            >
              {t('queue.next')}
            </button>
            <label>
              {t('queue.pageSize')}
              <select
                aria-label={t('queue.pageSize')}
                value={state.limit}
                onChange={(e) => go(withFilter(state, { limit: Number(e.target.value) }))}
              >
                {PAGE_SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          </nav>
        </>
      )}
    </section>
  );
}
