import { useTranslation } from 'react-i18next';
import type { CalendarLaw } from '../../../runtime/definitions/calendar';
import type { DefinitionError } from '../../../runtime/definitions/types';
import { ListEditor } from '../design/ListEditor';
import { listText, parseList } from '../design/service/pointerLists';
import { SourceInput } from '../design/SourceInput';
import { fieldProps, putListProps } from '../design/fieldProps';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { CheckField, LocalizedInput, Panel, SelectField, TextField } from '../shared/widgets';

type Props = { law: CalendarLaw; onChange: (law: CalendarLaw) => void; errors: readonly DefinitionError[] };
const EMPTY_SOURCE = { doc: '', para: '' };
/** One list of the law (its holidays, dated days off, confirmed years) as a ListEditor takes it. */
const lawList = ({ law, onChange, errors }: Props) => putListProps(law, onChange, errors, '/law');

/**
 * The labour law's days off as data, each with its paragraph: statutory holidays with the years they apply, the
 * substitute-day rule, days off announced for one year, and which years' data is confirmed.
 */
export function CalendarLawEditor({ law, onChange, errors }: Props) {
  const { t: tx } = useTranslation('designerEdit');
  return (
    <Panel title={tx('calendar.law')}>
      <div className="row">
        <TextField
          label={tx('calendar.crossCheckCountry')}
          value={law.crossCheckCountry}
          placeholder="KZ"
          onChange={(v) => onChange({ ...law, crossCheckCountry: v.toUpperCase() || undefined })}
          errors={errors}
          at="/law/crossCheckCountry"
        />
        <SelectField
          label={tx('calendar.substituteRule')}
          value={law.substituteRule.rule}
          options={[{ value: 'next-working-day-after-holidays', label: tx('calendar.nextWorkingDayAfterHolidays') }]}
          onChange={(rule) => onChange({ ...law, substituteRule: { ...law.substituteRule, rule } })}
          errors={errors}
          at="/law/substituteRule/rule"
        />
      </div>
      <SourceInput
        value={law.substituteRule.source}
        onChange={(source) =>
          onChange({ ...law, substituteRule: { ...law.substituteRule, source: source ?? EMPTY_SOURCE } })
        }
        errors={errors}
        at="/law/substituteRule/source"
      />
      <StatutoryHolidays law={law} onChange={onChange} errors={errors} />
      <DatedHolidays law={law} onChange={onChange} errors={errors} />
      <ConfirmedYears law={law} onChange={onChange} errors={errors} />
    </Panel>
  );
}

function StatutoryHolidays({ law, onChange, errors }: Props) {
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  return (
    <ListEditor
      title={tx('calendar.holidays')}
      {...lawList({ law, onChange, errors })('holidays')}
      make={(items) => ({
        id: `holiday${items.length + 1}`,
        label: { en: 'Holiday' },
        dates: ['01-01'],
        substitute: true,
        source: EMPTY_SOURCE,
      })}
      name={(h) => `${h.dates.join(', ')} — ${resolveLabel(h.label, lang)}`}
      render={(h, put, at) => {
        const field = fieldProps(h, put, errors, at);
        const years = (end: 'from' | 'to', v: string) => {
          const next = { ...h.years, [end]: v.trim() === '' ? undefined : Math.trunc(Number(v)) };
          put({ ...h, years: next.from === undefined && next.to === undefined ? undefined : next });
        };
        return (
          <>
            <div className="row">
              <TextField label={tx('calendar.id')} {...field('id')} />
              <TextField
                label={tx('calendar.dates')}
                value={listText(h.dates)}
                placeholder="03-21, 03-22, 03-23"
                onChange={(v) => put({ ...h, dates: parseList(v) ?? [] })}
                errors={errors}
                at={`${at}/dates`}
              />
              <TextField
                label={tx('calendar.years.from')}
                type="number"
                value={h.years?.from}
                onChange={(v) => years('from', v)}
                errors={errors}
                at={`${at}/years/from`}
              />
              <TextField
                label={tx('calendar.years.to')}
                type="number"
                value={h.years?.to}
                onChange={(v) => years('to', v)}
                errors={errors}
                at={`${at}/years/to`}
              />
            </div>
            <LocalizedInput label={tx('calendar.name')} {...field('label')} />
            <CheckField
              label={tx('calendar.substitute')}
              checked={h.substitute}
              onChange={(substitute) => put({ ...h, substitute })}
              at={`${at}/substitute`}
            />
            <SourceInput
              value={h.source}
              onChange={(source) => put({ ...h, source: source ?? EMPTY_SOURCE })}
              errors={errors}
              at={`${at}/source`}
            />
          </>
        );
      }}
    />
  );
}

function DatedHolidays({ law, onChange, errors }: Props) {
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  return (
    <ListEditor
      title={tx('calendar.dated')}
      {...lawList({ law, onChange, errors })('dated')}
      make={() => ({ date: '2026-01-01', label: { en: 'Day off' }, substitute: false, source: EMPTY_SOURCE })}
      name={(d) => `${d.date} — ${resolveLabel(d.label, lang)}`}
      render={(d, put, at) => {
        const field = fieldProps(d, put, errors, at);
        return (
          <>
            <TextField label={tx('calendar.date')} type="date" {...field('date')} />
            <LocalizedInput label={tx('calendar.name')} {...field('label')} />
            <CheckField
              label={tx('calendar.substitute')}
              checked={d.substitute}
              onChange={(substitute) => put({ ...d, substitute })}
              at={`${at}/substitute`}
            />
            <SourceInput
              value={d.source}
              onChange={(source) => put({ ...d, source: source ?? EMPTY_SOURCE })}
              errors={errors}
              at={`${at}/source`}
            />
          </>
        );
      }}
    />
  );
}

function ConfirmedYears({ law, onChange, errors }: Props) {
  const { t: tx } = useTranslation('designerEdit');
  return (
    <ListEditor
      title={tx('calendar.confirmedYears')}
      {...lawList({ law, onChange, errors })('years')}
      make={(items) => ({ year: (items.at(-1)?.year ?? 2025) + 1, confirmed: false })}
      name={(y) => `${y.year}${y.confirmed ? ' ✓' : ''}`}
      render={(y, put, at) => (
        <>
          <div className="row">
            <TextField
              label={tx('calendar.year')}
              type="number"
              value={y.year}
              onChange={(v) => put({ ...y, year: Math.trunc(Number(v)) })}
              errors={errors}
              at={`${at}/year`}
            />
            <CheckField
              label={tx('calendar.confirmed')}
              checked={y.confirmed}
              onChange={(confirmed) => put({ ...y, confirmed })}
              at={`${at}/confirmed`}
            />
          </div>
          <TextField
            label={tx('calendar.note')}
            value={y.note}
            onChange={(note) => put({ ...y, note: note || undefined })}
            errors={errors}
            at={`${at}/note`}
            multiline
          />
          <SourceInput
            value={y.source}
            onChange={(source) => put({ ...y, source })}
            errors={errors}
            at={`${at}/source`}
          />
        </>
      )}
    />
  );
}
