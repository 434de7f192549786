import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar, LocalizedText } from '../../../runtime/definitions/types';
import type { EditorProps } from '../design/editorProps';
import { fieldProps } from '../design/fieldProps';
import { i18next, UI_LANGS } from '../i18n';
import { ListEditor } from '../design/ListEditor';
import { useLang } from '../shared/lang';
import { calendarFor, resolveLabel } from '../shared/runtime';
import { CheckField, LocalizedInput, Panel, TextField } from '../shared/widgets';
import { CalendarHoursPanel, WEEKDAYS } from './CalendarHoursPanel';
import { CalendarLawEditor } from './CalendarLawEditor';
import { CalendarYear } from './CalendarYear';
import { SourceInput } from '../design/SourceInput';
import { changedDates, PastYearConfirm, touchesPastYear } from './PastYearConfirm';
import { calendarReducer, monthGrid, type CalendarAction } from './calendarEditorState';

/** A label for the definition in every interface language, from a key of the `calendar` catalog. */
function inAllLangs(key: string, options?: Record<string, string>): LocalizedText {
  return Object.fromEntries(UI_LANGS.map((l) => [l, i18next.getFixedT(l, 'calendar')(key, options)]));
}

/** A working calendar: work week, hours, holidays added by decree, working days moved; a month to check it. */
export function CalendarEditor({ definition: c, onChange, errors }: EditorProps<Calendar>) {
  const { t } = useTranslation('calendar');
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  // a change to a day of a past year waits for confirmation, naming the cases it moves
  const [pending, setPending] = useState<CalendarAction | null>(null);
  const dispatch = (action: CalendarAction) => {
    if (touchesPastYear(changedDates(action))) setPending(action);
    else onChange(calendarReducer(c, action));
  };
  const [holidayDate, setHolidayDate] = useState('');
  const [holidayLabel, setHolidayLabel] = useState('');
  const [moveFrom, setMoveFrom] = useState('');
  const [moveTo, setMoveTo] = useState('');
  const set = <K extends keyof Calendar>(key: K, value: Calendar[K]) => onChange({ ...c, [key]: value });

  return (
    <div className="calendar-editor">
      {pending && (
        <PastYearConfirm
          edited={calendarReducer(c, pending)}
          dates={changedDates(pending)}
          onConfirm={() => {
            onChange(calendarReducer(c, pending));
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      )}
      <div className="calendar-forms">
        <Panel title={tx('calendar.definition')}>
          <LocalizedInput
            label={tx('calendar.title')}
            value={c.title}
            onChange={(title) => set('title', title)}
            errors={errors}
            at="/title"
          />
          <SourceInput value={c.source} onChange={(source) => set('source', source)} errors={errors} at="/source" />
          <CheckField
            label={tx('calendar.hasLaw')}
            checked={c.law !== undefined}
            onChange={(on) =>
              set(
                'law',
                on
                  ? {
                      holidays: [],
                      substituteRule: { rule: 'next-working-day-after-holidays', source: { doc: '', para: '' } },
                      dated: [],
                      years: [],
                    }
                  : undefined,
              )
            }
          />
        </Panel>
        {c.law && <CalendarLawEditor law={c.law} onChange={(law) => set('law', law)} errors={errors} />}
        <Panel title={t('addHolidayTitle')}>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (!holidayDate) return;
              dispatch({
                type: 'addHoliday',
                date: holidayDate,
                // the name is in the language it was typed in; the other languages fall back to it until translated
                label: holidayLabel ? { [lang]: holidayLabel } : inAllLangs('holidayDefault'),
              });
              setHolidayDate('');
              setHolidayLabel('');
            }}
          >
            <TextField label={t('holidayDate')} type="date" value={holidayDate} onChange={setHolidayDate} />
            <TextField label={t('name')} value={holidayLabel} onChange={setHolidayLabel} />
            <button type="submit">{t('addHoliday')}</button>
          </form>
        </Panel>
        <Panel title={t('moveTitle')}>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (!moveFrom || !moveTo) return;
              dispatch({
                type: 'moveWorkingDay',
                from: moveFrom,
                to: moveTo,
                label: inAllLangs('movedLabel', { from: moveFrom, to: moveTo }),
              });
              setMoveFrom('');
              setMoveTo('');
            }}
          >
            <TextField label={t('moveFrom')} type="date" value={moveFrom} onChange={setMoveFrom} />
            <TextField label={t('moveTo')} type="date" value={moveTo} onChange={setMoveTo} />
            <button type="submit">{t('move')}</button>
          </form>
        </Panel>
        <CalendarHoursPanel
          c={c}
          onChange={onChange}
          toggleWorkday={(weekday) => dispatch({ type: 'toggleWorkday', weekday })}
          errors={errors}
        />
        <ListEditor
          title={t('addedHolidays')}
          items={c.extraHolidays}
          at="/extraHolidays"
          errors={errors}
          onChange={(v) => set('extraHolidays', v)}
          make={(): Calendar['extraHolidays'][number] => ({
            date: `${c.years.from}-01-02`,
            label: inAllLangs('holidayDefault'),
          })}
          name={(h) => `${h.date} — ${resolveLabel(h.label, lang)}`}
          render={(h, put, at) => {
            const field = fieldProps(h, put, errors, at);
            return (
              <>
                <TextField label={t('date')} type="date" {...field('date')} />
                <LocalizedInput label={t('name')} {...field('label')} />
                <SourceInput {...field('source')} />
              </>
            );
          }}
        />
        <ListEditor
          title={t('movedDays')}
          items={c.transfers}
          at="/transfers"
          errors={errors}
          onChange={(v) => set('transfers', v)}
          make={(): Calendar['transfers'][number] => ({
            date: `${c.years.from}-01-03`,
            working: true,
            label: inAllLangs('transferDefault'),
          })}
          name={(m) => `${m.date} — ${m.working ? t('movedWorking') : t('movedDayOff')}`}
          render={(m, put, at) => {
            const field = fieldProps(m, put, errors, at);
            return (
              <>
                <TextField label={t('date')} type="date" {...field('date')} />
                <CheckField
                  label={t('workingDay')}
                  checked={m.working}
                  onChange={(working) => put({ ...m, working })}
                  at={`${at}/working`}
                />
                <LocalizedInput label={t('name')} {...field('label')} />
                <SourceInput {...field('source')} />
              </>
            );
          }}
        />
      </div>
      <MonthView calendar={c} errorsFree={errors.length === 0} />
      <CalendarYear calendar={c} errorsFree={errors.length === 0} />
    </div>
  );
}

function MonthView({ calendar, errorsFree }: { calendar: Calendar; errorsFree: boolean }) {
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
