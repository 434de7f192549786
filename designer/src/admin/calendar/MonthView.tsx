import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../runtime/definitions/types';
import { calendarFor } from '../../shared/runtime';
import { WEEKDAYS } from '../CalendarHoursPanel';
import { monthGrid } from '../calendarEditorState';

/** A month of the draft calendar, each day marked working or off (and why), to check the calendar by eye. */
export function MonthView({ calendar, errorsFree }: { calendar: Calendar; errorsFree: boolean }) {
  const { t } = useTranslation('calendar');
  const [month, setMonth] = useState(() => {
    const now = new Date();
    const year = Math.min(Math.max(now.getFullYear(), calendar.years.from), calendar.years.to);
    return { year, month: now.getMonth() + 1 };
  });
  const working = useMemo(() => {
    if (!errorsFree) return null;
    try {
      return calendarFor({ ...calendar, version: undefined }); // a draft must not enter the cache as its published version
    } catch {
      return null;
    }
  }, [calendar, errorsFree]);
  const step = (by: number) => {
    const m = month.month + by;
    setMonth({ year: month.year + Math.floor((m - 1) / 12), month: ((((m - 1) % 12) + 12) % 12) + 1 });
  };
  return (
    <section className="month-view" aria-label={t('month')}>
      <header>
        <button type="button" onClick={() => step(-1)} aria-label={t('previousMonth')}>
          ‹
        </button>
        <h2>
          {month.year}-{String(month.month).padStart(2, '0')}
        </h2>
        <button type="button" onClick={() => step(1)} aria-label={t('nextMonth')}>
          ›
        </button>
      </header>
      <table className="month">
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {t(`weekday.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month.year, month.month).map((week, i) => (
            <tr key={i}>
              {week.map((date, j) => {
                if (!date) return <td key={j} />;
                let info: { working: boolean; reason: string } | null = null;
                try {
                  info = working?.info(date) ?? null;
                } catch {
                  info = null;
                }
                return (
                  <td
                    key={j}
                    className={info ? (info.working ? 'working' : `off ${info.reason}`) : ''}
                    title={info ? t(`reason.${info.reason}`, { defaultValue: info.reason }) : undefined}
                  >
                    {Number(date.slice(8))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
