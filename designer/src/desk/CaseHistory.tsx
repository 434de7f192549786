import { useTranslation } from 'react-i18next';
import { formatInstant } from '../shared/format';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CasePanelProps } from './caseTypes';
import { eventLabel } from './labels';
import { GridTable } from '../shared/GridTable';

/** The full history of the case: who, when, what (the action and the steps it moved between), and why. */
export function CaseHistory({ caseView, steps, timeZone }: CasePanelProps) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const events = caseView.events ?? [];
  const step = (id: string | null) => {
    if (!id) return '';
    return resolveLabel(steps.find((s) => s.id === id)?.label as never, lang) || t('unknown');
  };
  const actionLabel = (e: (typeof events)[number]) => {
    if (!e.action) return '';
    const own = resolveLabel(e.label as never, lang);
    if (own) return own;
    const from = steps.find((s) => s.id === e.fromStep);
    return resolveLabel(from?.actions?.find((a) => a.id === e.action)?.label as never, lang) || t('unknown');
  };
  return (
    <section className="panel case-history" aria-label={t('history.title')}>
      <h2>{t('history.title')}</h2>
      {events.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <GridTable
            testId="history"
            headings={[t('history.when'), t('history.who'), t('history.what'), t('history.steps'), t('history.reason')]}
            rows={events}
            row={(e) => (
              <tr key={e.id} data-event={e.type}>
                <td>{formatInstant(e.at, timeZone)}</td>
                <td>{e.actor}</td>
                <td>
                  {eventLabel(t, e.type)}
                  {e.action ? `: ${actionLabel(e)}` : ''}
                </td>
                <td>
                  {e.fromLabel ? resolveLabel(e.fromLabel as never, lang) : step(e.fromStep)}
                  {e.toStep ? ` → ${e.toLabel ? resolveLabel(e.toLabel as never, lang) : step(e.toStep)}` : ''}
                </td>
                <td data-testid="event-reason">{e.reason ?? ''}</td>
              </tr>
            )}
          />
        </div>
      )}
    </section>
  );
}
