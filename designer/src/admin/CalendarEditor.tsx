import { useMemo, useState } from 'react';
import type { Calendar } from '../../../runtime/definitions/types';
import type { EditorProps } from '../design/editorProps';
import { fieldProps } from '../design/fieldProps';
import { ListEditor } from '../design/ListEditor';
import { useLang } from '../shared/lang';
import { calendarFor, resolveLabel } from '../shared/runtime';
import { CheckField, LocalizedInput, Panel, SelectField, TextField } from '../shared/widgets';
import { CalendarYear } from './CalendarYear';
import { changedDates, PastYearConfirm, touchesPastYear } from './PastYearConfirm';
import { calendarReducer, monthGrid, type CalendarAction } from './calendarEditorState';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A working calendar: work week, hours, holidays added by decree, working days moved; a month to check it. */
export function CalendarEditor({ definition: c, onChange, errors }: EditorProps<Calendar>) {
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
        <Panel title="Add a holiday">
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (!holidayDate) return;
              dispatch({
                type: 'addHoliday',
                date: holidayDate,
                label: { en: holidayLabel || 'Holiday', ru: holidayLabel || undefined },
              });
              setHolidayDate('');
              setHolidayLabel('');
            }}
          >
            <TextField label="Holiday date" type="date" value={holidayDate} onChange={setHolidayDate} />
            <TextField label="Name" value={holidayLabel} onChange={setHolidayLabel} />
            <button type="submit">Add holiday</button>
          </form>
        </Panel>
        <Panel title="Move a working day">
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (!moveFrom || !moveTo) return;
              dispatch({
                type: 'moveWorkingDay',
                from: moveFrom,
                to: moveTo,
                label: { en: `Working day of ${moveFrom} moved to ${moveTo}` },
              });
              setMoveFrom('');
              setMoveTo('');
            }}
          >
            <TextField label="Working day that becomes a day off" type="date" value={moveFrom} onChange={setMoveFrom} />
            <TextField label="Day off that becomes a working day" type="date" value={moveTo} onChange={setMoveTo} />
            <button type="submit">Move</button>
          </form>
        </Panel>
        <Panel title="Work week and hours">
          <div className="checks" role="group" aria-label="Working weekdays">
            {WEEKDAYS.map((d, i) => (
              <CheckField
                key={d}
                label={d}
                checked={c.workWeek.includes(i + 1)}
                onChange={() => dispatch({ type: 'toggleWorkday', weekday: i + 1 })}
              />
            ))}
          </div>
          <div className="row">
            <TextField
              label="Time zone"
              value={c.timeZone}
              onChange={(v) => set('timeZone', v)}
              errors={errors}
              at="/timeZone"
            />
            <TextField
              label="Working from"
              value={c.workingHours.start}
              onChange={(start) => set('workingHours', { ...c.workingHours, start })}
              errors={errors}
              at="/workingHours/start"
            />
            <TextField
              label="Working until"
              value={c.workingHours.end}
              onChange={(end) => set('workingHours', { ...c.workingHours, end })}
              errors={errors}
              at="/workingHours/end"
            />
            <TextField
              label="Reception from"
              value={c.receptionHours.start}
              onChange={(start) => set('receptionHours', { ...c.receptionHours, start })}
              errors={errors}
              at="/receptionHours/start"
            />
            <TextField
              label="Reception until"
              value={c.receptionHours.end}
              onChange={(end) => set('receptionHours', { ...c.receptionHours, end })}
              errors={errors}
              at="/receptionHours/end"
            />
            <SelectField
              label="After hours"
              value={c.afterHours}
              options={['next-working-day', 'same-day']}
              onChange={(afterHours) => set('afterHours', afterHours)}
            />
          </div>
        </Panel>
        <ListEditor
          title="Added holidays"
          items={c.extraHolidays}
          at="/extraHolidays"
          errors={errors}
          onChange={(v) => set('extraHolidays', v)}
          make={() => ({ date: `${c.years.from}-01-02`, label: { en: 'Holiday' } })}
          name={(h) => `${h.date} — ${resolveLabel(h.label, lang)}`}
          render={(h, put, at) => {
            const field = fieldProps(h, put, errors, at);
            return (
              <>
                <TextField label="Date" type="date" {...field('date')} />
                <LocalizedInput label="Name" {...field('label')} />
              </>
            );
          }}
        />
        <ListEditor
          title="Moved days"
          items={c.transfers}
          at="/transfers"
          errors={errors}
          onChange={(v) => set('transfers', v)}
          make={() => ({ date: `${c.years.from}-01-03`, working: true, label: { en: 'Transfer' } })}
          name={(t) => `${t.date} — ${t.working ? 'working' : 'day off'}`}
          render={(t, put, at) => {
            const field = fieldProps(t, put, errors, at);
            return (
              <>
                <TextField label="Date" type="date" {...field('date')} />
                <CheckField label="Working day" checked={t.working} onChange={(working) => put({ ...t, working })} />
                <LocalizedInput label="Name" {...field('label')} />
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
    <section className="month-view" aria-label="Month">
      <header>
        <button type="button" onClick={() => step(-1)} aria-label="Previous month">
          ‹
        </button>
        <h2>
          {month.year}-{String(month.month).padStart(2, '0')}
        </h2>
        <button type="button" onClick={() => step(1)} aria-label="Next month">
          ›
        </button>
      </header>
      <table className="month">
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {d}
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
                    title={info?.reason}
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
