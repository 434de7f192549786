import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearView } from '../../../runtime/calendar/yearView';
import type { Calendar } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { calendarFor, resolveLabel } from '../shared/runtime';

/**
 * A year at a glance, for an administrator to compare with the official production calendar:
 * twelve months, each day off with its reason and citation, working days per month and year,
 * and a flag when the year's data (religious dates, transfer order) is not confirmed.
 */
export function CalendarYear({ calendar, errorsFree }: { calendar: Calendar; errorsFree: boolean }) {
  const { t } = useTranslation('calendar');
  const { lang } = useLang();
  const [year, setYear] = useState(() =>
    Math.min(Math.max(new Date().getFullYear(), calendar.years.from), calendar.years.to),
  );
  const view = useMemo(() => {
    if (!errorsFree) return null;
    try {
      // a draft must not enter the cache as its published version
      return yearView(calendar, calendarFor({ ...calendar, version: undefined }), year);
    } catch {
      return null;
    }
  }, [calendar, errorsFree, year]);
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(lang, { month: 'long' }).format(new Date(Date.UTC(2001, m - 1, 15)));

  return (
    <section className="calendar-year" aria-label={t('yearAtAGlance')} data-testid="calendar-year">
      <h3>{t('yearAtAGlance')}</h3>
      <label>
        {t('year')}{' '}
        <input
          type="number"
          min={calendar.years.from}
          max={calendar.years.to}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
        />
      </label>
      {view && (
        <>
          {!view.confirmed && (
            <p role="status" className="warning" data-testid="year-unconfirmed">
              {t('unconfirmed', { year })}
            </p>
          )}
          <p data-testid="year-working-days">{t('workingDaysYear', { count: view.workingDays })}</p>
          <div className="year-months">
            {view.months.map((m) => (
              <article key={m.month} aria-label={monthName(m.month)}>
                <h4>{monthName(m.month)}</h4>
                <p>{t('workingDaysMonth', { count: m.workingDays })}</p>
                <ul>
                  {[...m.daysOff, ...m.workedWeekendDays].map((d) => (
                    <li key={d.date}>
                      <time dateTime={d.date}>{d.date.slice(8)}</time> {d.working ? t('workedDay') : t('dayOff')}:{' '}
                      {d.label ? resolveLabel(d.label, lang) : t(`reason.${d.reason}`)}{' '}
                      {d.source && (
                        <cite title={d.source.note}>
                          ({d.source.doc} {d.source.para})
                        </cite>
                      )}
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
