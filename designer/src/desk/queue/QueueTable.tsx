import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInstant, timeLeft } from '../../shared/format';
import type { CaseSummary } from '../caseTypes';
import { ClaimButton } from '../ClaimButton';
import { durationText, outcomeLabel, statusLabel } from '../labels';
import { ariaSort, SORT_COLUMNS, sortedBy, type QueueState, type SortColumn } from '../queueState';
import type { QueueNames } from './queueNames';

interface TableProps {
  state: QueueState;
  go: (next: QueueState) => void;
  cases: CaseSummary[];
  names: QueueNames;
  /** a row's case was claimed or released */
  onChanged: () => void;
}

/** The page of cases: a heading per sortable column (sorted by the server), a row per case with its claim button. */
export function QueueTable({ state, go, cases, names, onChanged }: TableProps) {
  const { t } = useTranslation('desk');
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="grid" data-testid="queue">
        <thead>
          <tr>
            {SORT_COLUMNS.map((column) => (
              <SortHeading key={column} column={column} state={state} go={go} />
            ))}
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
            <QueueRow key={c.id} c={c} names={names} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortHeading({ column, state, go }: { column: SortColumn; state: QueueState; go: TableProps['go'] }) {
  const { t } = useTranslation('desk');
  return (
    <th scope="col" aria-sort={ariaSort(state, column)}>
      <button type="button" className="sort" onClick={() => go(sortedBy(state, column))}>
        {t(`queue.column.${column}`)}
        <span aria-hidden="true">{state.sort === column ? (state.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/** One case: its number (a link to the case), applicant, service, step (with its limit), status, deadlines, assignee. */
function QueueRow({ c, names, onChanged }: { c: CaseSummary; names: QueueNames; onChanged: () => void }) {
  const { t } = useTranslation('desk');
  const limit = names.stepOf(c.service, c.step)?.limit;
  return (
    <tr className={c.overdue ? 'overdue' : ''} data-case={c.id}>
      <td>
        <Link to={`/desk/cases/${c.id}`}>{c.number ?? t('case.draftNumber')}</Link>
      </td>
      <td>
        {c.applicantName ?? '—'}
        {c.applicantId && <div className="muted">{c.applicantId}</div>}
      </td>
      <td>{names.serviceTitle(c.service)}</td>
      <td>
        {names.stepLabel(c.service, c.step)}
        {c.status === 'in-progress' && limit && (
          <div className="muted">
            {t('steps.limit')}: {durationText(t, limit)}
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
      <td>{c.status === 'in-progress' && <ClaimButton caseId={c.id} assignee={c.assignee} onChanged={onChanged} />}</td>
    </tr>
  );
}
