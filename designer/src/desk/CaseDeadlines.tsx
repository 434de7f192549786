import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../runtime/definitions/types';
import { formatInstant, timeLeft } from '../shared/format';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CasePanelProps } from './caseTypes';
import { DeadlineExplanation } from './DeadlineExplanation';
import { durationText, labelOr } from './labels';

/** The time left counted on the service's calendar, as the law counts it. */
export function workingDaysText(t: TFunction, days: number): string {
  if (days === 0) return t('desk:deadlines.dueToday');
  if (days < 0) return t('desk:deadlines.workingDaysOverdue', { count: -days });
  return t('desk:deadlines.workingDaysLeft', { count: days });
}

/**
 * Every deadline of the case with its due instant, the time left, and the working days left on its calendar;
 * each can say, on demand, how its due date was counted.
 */
export function CaseDeadlines({ caseView, service, timeZone, steps }: CasePanelProps & { service: Service | null }) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const [explained, setExplained] = useState<string | null>(null);
  const deadlines = caseView.deadlines ?? [];
  return (
    <section className="panel" aria-label={t('deadlines.title')}>
      <h2>{t('deadlines.title')}</h2>
      {caseView.submittedAt && (
        <p>
          {t('deadlines.submitted')}: {formatInstant(caseView.submittedAt, timeZone)}
        </p>
      )}
      {deadlines.length === 0 ? (
        <p>{t('deadlines.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="grid" data-testid="deadlines">
            <thead>
              <tr>
                <th scope="col">{t('deadlines.deadline')}</th>
                <th scope="col">{t('deadlines.due')}</th>
                <th scope="col">{t('deadlines.left')}</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.map((d) => {
                const definition = service?.deadlines.find((x) => x.id === d.id);
                const left = caseView.status === 'done' ? t('deadlines.closed') : timeLeft(d.due);
                const overdue = caseView.status !== 'done' && Boolean(d.due) && new Date(d.due as string) < new Date();
                return (
                  <tr key={d.id} className={overdue ? 'overdue' : ''}>
                    <td>
                      {resolveLabel((d.label ?? definition?.label) as never, lang) || labelOr(t, undefined, lang)}
                      {definition?.amount !== undefined && definition.unit && (
                        <div className="muted">
                          {durationText(t, { amount: definition.amount, unit: definition.unit })}
                        </div>
                      )}
                      {d.due && (
                        <button
                          type="button"
                          className="link"
                          aria-expanded={explained === d.id}
                          onClick={() => setExplained(explained === d.id ? null : d.id)}
                        >
                          {t('deadlines.howCounted')}
                        </button>
                      )}
                    </td>
                    <td data-testid={`due-${d.id}`}>{formatInstant(d.due, timeZone)}</td>
                    <td>
                      {d.due ? left : t('deadlines.notStarted')}
                      {d.due && caseView.status !== 'done' && d.workingDaysLeft != null && (
                        <div className="muted" data-testid={`working-days-left-${d.id}`}>
                          {workingDaysText(t, d.workingDaysLeft)}
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {explained && (
        <DeadlineExplanation caseId={caseView.id} deadlineId={explained} timeZone={timeZone} steps={steps} />
      )}
    </section>
  );
}
