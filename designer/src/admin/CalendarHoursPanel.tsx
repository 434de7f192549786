import { useTranslation } from 'react-i18next';
import type { Calendar, DefinitionError } from '../../../runtime/definitions/types';
import type { Hours } from '../../../runtime/definitions/calendar';
import { setterProps } from '../design/fieldProps';
import { ListEditor } from '../design/ListEditor';
import { SourceInput } from '../design/SourceInput';
import { CheckField, Panel, SelectField, TextField } from '../shared/widgets';

/** ISO weekday numbers, Monday first; their names come from the `calendar` catalog (`weekday.1` … `weekday.7`). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The working week and the hours: working and reception hours with their breaks and citations, what an event after
 * hours counts as, how a calendar-day term ending on a day off rolls, and the years the calendar covers.
 */
export function CalendarHoursPanel({
  c,
  onChange,
  toggleWorkday,
  errors,
}: {
  c: Calendar;
  onChange: (c: Calendar) => void;
  toggleWorkday: (weekday: number) => void;
  errors: readonly DefinitionError[];
}) {
  const { t } = useTranslation('calendar');
  const { t: tx } = useTranslation('designerEdit');
  const set = <K extends keyof Calendar>(key: K, value: Calendar[K]) => onChange({ ...c, [key]: value });
  const field = setterProps(c, set, errors);
  return (
    <Panel title={t('workWeekTitle')}>
      <div className="checks" role="group" aria-label={t('workingWeekdays')} data-pointer="/workWeek">
        {WEEKDAYS.map((d) => (
          <CheckField
            key={d}
            label={t(`weekday.${d}`)}
            checked={c.workWeek.includes(d)}
            onChange={() => toggleWorkday(d)}
          />
        ))}
      </div>
      <div className="row">
        <TextField label={t('timeZone')} {...field('timeZone')} />
        <SelectField
          label={t('afterHours')}
          {...field('afterHours')}
          options={[
            { value: 'next-working-day', label: tx('calendar.nextWorkingDay') },
            { value: 'same-day', label: tx('calendar.sameDay') },
          ]}
        />
        <SelectField
          label={tx('calendar.rollCalendarDays')}
          {...field('rollCalendarDays')}
          options={[
            { value: 'next-working-day', label: tx('calendar.nextWorkingDay') },
            { value: 'none', label: tx('calendar.noRoll') },
          ]}
        />
        {(['from', 'to'] as const).map((end) => (
          <TextField
            key={end}
            label={tx(`calendar.years.${end}`)}
            type="number"
            value={c.years[end]}
            onChange={(v) => set('years', { ...c.years, [end]: Math.trunc(Number(v)) })}
            errors={errors}
            at={`/years/${end}`}
          />
        ))}
      </div>
      <HoursEditor
        legend={tx('calendar.workingHours')}
        label={[t('workingFrom'), t('workingUntil')]}
        {...field('workingHours')}
      />
      <HoursEditor
        legend={tx('calendar.receptionHours')}
        label={[t('receptionFrom'), t('receptionUntil')]}
        {...field('receptionHours')}
      />
    </Panel>
  );
}

/** Hours of the day: from, until, the breaks in between, and the paragraph that sets them. */
function HoursEditor({
  legend,
  label,
  value,
  onChange,
  errors,
  at,
}: {
  legend: string;
  label: [string, string];
  value: Hours;
  onChange: (h: Hours) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t: tx } = useTranslation('designerEdit');
  return (
    <fieldset className="hours">
      <legend>{legend}</legend>
      <div className="row">
        <TextField
          label={label[0]}
          value={value.start}
          onChange={(start) => onChange({ ...value, start })}
          errors={errors}
          at={`${at}/start`}
        />
        <TextField
          label={label[1]}
          value={value.end}
          onChange={(end) => onChange({ ...value, end })}
          errors={errors}
          at={`${at}/end`}
        />
      </div>
      <ListEditor
        title={tx('calendar.breaks')}
        region={`${legend}: ${tx('calendar.breaks')}`}
        items={value.breaks ?? []}
        at={`${at}/breaks`}
        errors={errors}
        onChange={(breaks) => onChange({ ...value, breaks: breaks.length ? breaks : undefined })}
        make={() => ({ start: '13:00', end: '14:00' })}
        name={(b) => `${b.start}–${b.end}`}
        render={(b, put, bAt) => (
          <div className="row">
            <TextField
              label={tx('calendar.breakFrom')}
              value={b.start}
              onChange={(start) => put({ ...b, start })}
              errors={errors}
              at={`${bAt}/start`}
            />
            <TextField
              label={tx('calendar.breakUntil')}
              value={b.end}
              onChange={(end) => put({ ...b, end })}
              errors={errors}
              at={`${bAt}/end`}
            />
          </div>
        )}
      />
      <SourceInput
        value={value.source}
        onChange={(source) => onChange({ ...value, source })}
        errors={errors}
        at={`${at}/source`}
      />
    </fieldset>
  );
}
