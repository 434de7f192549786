import { useState } from 'react';
import type { Calendar } from '../../../runtime/definitions/types';
import type { EditorProps } from '../design/editorProps';
import { CalendarHoursPanel } from './CalendarHoursPanel';
import { CalendarLawEditor } from './CalendarLawEditor';
import { CalendarYear } from './CalendarYear';
import { changedDates, PastYearConfirm, touchesPastYear } from './PastYearConfirm';
import { calendarReducer, type CalendarAction } from './calendarEditorState';
import { CalendarDefinitionPanel } from './calendar/CalendarDefinitionPanel';
import { ExtraHolidaysList, TransfersList } from './calendar/CalendarDayLists';
import { AddHolidayForm, MoveWorkingDayForm } from './calendar/DayChangeForms';
import { MonthView } from './calendar/MonthView';

/** A working calendar: work week, hours, holidays added by decree, working days moved; a month to check it. */
export function CalendarEditor({ definition: c, onChange, errors }: EditorProps<Calendar>) {
  // a change to a day of a past year waits for confirmation, naming the cases it moves
  const [pending, setPending] = useState<CalendarAction | null>(null);
  const dispatch = (action: CalendarAction) => {
    if (touchesPastYear(changedDates(action))) setPending(action);
    else onChange(calendarReducer(c, action));
  };
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
        <CalendarDefinitionPanel c={c} set={set} errors={errors} />
        {c.law && <CalendarLawEditor law={c.law} onChange={(law) => set('law', law)} errors={errors} />}
        <AddHolidayForm dispatch={dispatch} />
        <MoveWorkingDayForm dispatch={dispatch} />
        <CalendarHoursPanel
          c={c}
          onChange={onChange}
          toggleWorkday={(weekday) => dispatch({ type: 'toggleWorkday', weekday })}
          errors={errors}
        />
        <ExtraHolidaysList c={c} set={set} errors={errors} />
        <TransfersList c={c} set={set} errors={errors} />
      </div>
      <MonthView calendar={c} errorsFree={errors.length === 0} />
      <CalendarYear calendar={c} errorsFree={errors.length === 0} />
    </div>
  );
}
