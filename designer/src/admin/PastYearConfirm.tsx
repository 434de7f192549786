import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../runtime/definitions/types';
import type { CalendarImpact } from '../../../runtime/api/dryRuns';
import { api, errorText } from '../shared/api';
import type { Impact } from './calendarImpact';

/** The dates a calendar change touches, so a change in a past year can be caught before it is made. */
export function changedDates(action: { type: string; date?: string; from?: string; to?: string }): string[] {
  return [action.date, action.from, action.to].filter((d): d is string => typeof d === 'string' && d !== '');
}

/** Whether a change touches a year before the current one (a past year's deadlines are history). */
export function touchesPastYear(dates: readonly string[], now = new Date()): boolean {
  return dates.some((d) => Number(d.slice(0, 4)) < now.getFullYear());
}

/**
 * Asks before a day of a past year is changed, naming the cases whose deadlines it would move
 * (the server's impact preview of the edited calendar).
 */
export function PastYearConfirm({
  edited,
  dates,
  onConfirm,
  onCancel,
}: {
  edited: Calendar;
  dates: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('calendar');
  const [rows, setRows] = useState<Impact[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    api<CalendarImpact>(`/api/calendars/${encodeURIComponent(edited.id)}/impact`, {
      method: 'POST',
      body: { definition: edited },
    })
      .then((answer) => live && setRows(answer))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [edited]);
  const cases = rows ? [...new Set(rows.map((r) => r.case))] : [];
  return (
    <section
      role="alertdialog"
      aria-label={t('pastYearTitle')}
      className="panel warning"
      data-testid="past-year-confirm"
    >
      <h3>{t('pastYearTitle')}</h3>
      <p>{t('pastYearText', { dates: dates.join(', ') })}</p>
      {error && <p role="alert">{error}</p>}
      {rows === null && !error && <p role="status">{t('pastYearLoading')}</p>}
      {rows && <p role="status">{t('pastYearCases', { count: cases.length })}</p>}
      {cases.length > 0 && (
        <ul>
          {cases.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onConfirm}>
        {t('pastYearConfirm')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('pastYearCancel')}
      </button>
    </section>
  );
}
