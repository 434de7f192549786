import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../../runtime/definitions/types';
import { DURATION_UNITS } from '../../shared/runtime';
import { useCalendar } from '../../shared/useDefinitionIds';
import { CheckField, LocalizedInput, SelectField, TextField } from '../../shared/widgets';
import { DeadlinePreview } from '../DeadlinePreview';
import { fieldProps, listProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import { newDeadlineTerm } from './deadlineDefaults';
import { int, nextId, type SectionProps } from './shared';

export const CASE_EVENTS = ['submitted', 'started', 'received', 'decided', 'completed'];

type ItemProps = { d: Deadline; put: (d: Deadline) => void; at: string; errors: SectionProps['errors'] };

/** The service's deadlines on its calendar, each previewed from a sample local time. */
export function DeadlinesSection({ s, set, errors }: SectionProps) {
  const { t } = useTranslation('design');
  const calendar = useCalendar(s.calendar);
  const [sample, setSample] = useState('2026-03-20T17:45');
  return (
    <section className="deadlines">
      <TextField
        label={t('s.preview_deadlines_from_local_time')}
        type="datetime-local"
        value={sample}
        onChange={setSample}
      />
      <ListEditor
        title={t('s.deadlines')}
        {...listProps(s, set, errors)('deadlines')}
        make={(items): Deadline => ({
          id: nextId(
            'deadline',
            items.map((i) => i.id),
          ),
          label: { en: 'Deadline' },
          ...newDeadlineTerm(),
        })}
        name={(d) =>
          `${d.id} — ${d.periodic ? 'periodic' : `${d.amount ?? '?'} ${d.unit ?? '?'} ${d.from ? 'from ' + d.from : 'before ' + (d.before ?? '?')}`}`
        }
        render={(d, put, at) => (
          <>
            <DeadlineItem d={d} put={put} at={at} errors={errors} />
            <DeadlinePreview deadline={d} calendar={calendar} sample={sample} />
          </>
        )}
      />
      <datalist id="case-events">
        {CASE_EVENTS.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
    </section>
  );
}

function DeadlineItem({ d, put, at, errors }: ItemProps) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const field = fieldProps(d, put, errors, at);
  return (
    <>
      <div className="row">
        <TextField label={t('s.id')} {...field('id')} />
        <TextField
          label={t('s.amount')}
          type="number"
          value={d.amount}
          onChange={(v) => put({ ...d, amount: int(v) })}
          errors={errors}
          at={`${at}/amount`}
        />
        <SelectField label={t('s.unit')} {...field('unit')} options={DURATION_UNITS} />
        <SelectField
          label={t('s.counted')}
          value={d.before !== undefined ? 'before' : 'from'}
          options={['from', 'before'] as const}
          onChange={(mode) => {
            const event = d.from ?? d.before ?? 'submitted';
            const { from: _f, before: _b, ...rest } = d;
            put(mode === 'from' ? { ...rest, from: event } : { ...rest, before: event });
          }}
        />
        <TextField
          label={t('s.event')}
          value={d.from ?? d.before}
          list="case-events"
          onChange={(event) => put(d.before !== undefined ? { ...d, before: event } : { ...d, from: event })}
          errors={errors}
          at={`${at}/${d.before !== undefined ? 'before' : 'from'}`}
        />
      </div>
      <LocalizedInput label={t('s.label')} {...field('label')} />
      <CheckField
        label={te('service.periodic')}
        checked={d.periodic !== undefined}
        onChange={(on) => {
          const { periodic: _p, amount: _a, unit: _u, from: _f, before: _b, ...rest } = d;
          put(on ? { ...rest, periodic: { every: 'year', month: 3, day: 30 } } : { ...rest, ...newDeadlineTerm() });
        }}
      />
      {d.periodic && <PeriodicInputs d={d} put={put} at={at} errors={errors} />}
      <Extension d={d} put={put} at={at} errors={errors} />
      <SourceInput {...field('source')} />
    </>
  );
}

/** A deadline that recurs (every year on 30 March, or the month after each quarter). */
function PeriodicInputs({ d, put, at, errors }: ItemProps) {
  const { t: te } = useTranslation('editors');
  const periodic = d.periodic as NonNullable<Deadline['periodic']>;
  return (
    <div className="row">
      <SelectField
        label={te('service.every')}
        value={periodic.every}
        options={['year', 'month'] as const}
        onChange={(every) => put({ ...d, periodic: { ...periodic, every } })}
        errors={errors}
        at={`${at}/periodic/every`}
      />
      {(['month', 'day', 'monthsAfter'] as const).map((key) => (
        <TextField
          key={key}
          label={te(`service.${key}`)}
          type="number"
          value={periodic[key]}
          onChange={(v) => put({ ...d, periodic: { ...periodic, [key]: int(v) } })}
          errors={errors}
          at={`${at}/periodic/${key}`}
        />
      ))}
    </div>
  );
}

/** How far the deadline may be extended, and who answers for it. */
function Extension({ d, put, at, errors }: ItemProps) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  return (
    <div className="row">
      <TextField
        label={te('service.extendableTo')}
        type="number"
        value={d.extendableTo?.amount}
        onChange={(v) => {
          const amount = int(v);
          put({ ...d, extendableTo: amount === undefined ? undefined : { unit: 'months', ...d.extendableTo, amount } });
        }}
        errors={errors}
        at={`${at}/extendableTo/amount`}
      />
      {d.extendableTo && (
        <SelectField
          label={t('s.unit')}
          value={d.extendableTo.unit}
          options={DURATION_UNITS}
          onChange={(unit) =>
            put({ ...d, extendableTo: { ...(d.extendableTo as NonNullable<Deadline['extendableTo']>), unit } })
          }
          errors={errors}
          at={`${at}/extendableTo/unit`}
        />
      )}
      <TextField
        label={te('service.responsible')}
        value={d.responsible}
        onChange={(v) => put({ ...d, responsible: v || undefined })}
        errors={errors}
        at={`${at}/responsible`}
      />
    </div>
  );
}
