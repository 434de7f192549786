import type { Service } from '../../../runtime/definitions/types';
import { formatInstant, timeLeft } from '../shared/format';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CaseView } from './caseTypes';

/** The time left counted on the service's calendar, as the law counts it. */
export function workingDaysText(days: number): string {
  if (days === 0) return 'due today';
  if (days < 0) return `${-days} working day${days === -1 ? '' : 's'} overdue`;
  return `${days} working day${days === 1 ? '' : 's'} left`;
}

/** Every deadline of the case with its due instant, the time left, and the working days left on its calendar. */
export function CaseDeadlines({
  caseView,
  service,
  timeZone,
}: {
  caseView: CaseView;
  service: Service | null;
  timeZone: string;
}) {
  const { lang } = useLang();
  const deadlines = caseView.deadlines ?? [];
  return (
    <section className="panel" aria-label="Deadlines">
      <h2>Deadlines</h2>
      {caseView.submittedAt && <p>Submitted {formatInstant(caseView.submittedAt, timeZone)}</p>}
      {deadlines.length === 0 ? (
        <p>No deadline runs.</p>
      ) : (
        <table className="grid" data-testid="deadlines">
          <thead>
            <tr>
              <th scope="col">Deadline</th>
              <th scope="col">Due</th>
              <th scope="col">Time left</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((d) => {
              const definition = service?.deadlines.find((x) => x.id === d.id);
              const left = caseView.status === 'done' ? 'closed' : timeLeft(d.due);
              return (
                <tr key={d.id} className={left.startsWith('overdue') ? 'overdue' : ''}>
                  <td>
                    {resolveLabel(definition?.label, lang) || d.id}
                    {definition?.amount !== undefined && (
                      <div className="muted">
                        {definition.amount} {definition.unit}{' '}
                        {definition.from ? `from ${definition.from}` : `before ${definition.before}`}
                      </div>
                    )}
                  </td>
                  <td data-testid={`due-${d.id}`}>{formatInstant(d.due, timeZone)}</td>
                  <td>
                    {d.due ? left : 'not started'}
                    {d.due && caseView.status !== 'done' && d.workingDaysLeft != null && (
                      <div className="muted" data-testid={`working-days-left-${d.id}`}>
                        {workingDaysText(d.workingDaysLeft)}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
