import { useState } from 'react';
import type { Deadline, Service } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { DURATION_UNITS, OUTCOMES, resolveLabel } from '../shared/runtime';
import { useCalendar, useDefinitionList } from '../shared/useDefinitionIds';
import { CheckField, LocalizedInput, Panel, SelectField, TextField } from '../shared/widgets';
import { DeadlinePreview } from './DeadlinePreview';
import type { EditorProps } from './editorProps';
import { fieldProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { SourceInput } from './SourceInput';

const CHANNEL_TYPES = ['provider-office', 'public-service-centre', 'portal', 'post', 'internal'] as const;
const CASE_EVENTS = ['submitted', 'started', 'received', 'decided', 'completed'];
const int = (v: string) => (v.trim() === '' ? undefined : Math.trunc(Number(v)));
const nextId = (stem: string, items: readonly { id: string }[]) => {
  let n = items.length + 1;
  while (items.some((i) => i.id === `${stem}${n}`)) n++;
  return `${stem}${n}`;
};

/** Everything a service declares: channels, documents, deadlines on its calendar, rulesets, outputs, complaints. */
export function ServiceEditor({ definition: s, onChange, errors }: EditorProps<Service>) {
  const { lang } = useLang();
  const forms = useDefinitionList('form');
  const calendars = useDefinitionList('calendar');
  const processes = useDefinitionList('process');
  const rulesets = useDefinitionList('ruleset');
  const templates = useDefinitionList('template');
  const calendar = useCalendar(s.calendar);
  const [sample, setSample] = useState('2026-03-20T17:45');
  const set = <K extends keyof Service>(key: K, value: Service[K]) => onChange({ ...s, [key]: value });
  const serviceField = fieldProps(s, onChange, errors, '');
  const ids = (rows: { id: string }[], current?: string) => [
    ...new Set([...(current ? [current] : []), ...rows.map((r) => r.id)]),
  ];

  return (
    <div className="service-editor">
      <Panel title="Service">
        <LocalizedInput label="Title" {...serviceField('title')} />
        <LocalizedInput label="Provider" {...serviceField('provider')} />
        <div className="row">
          <TextField
            label="Code"
            value={s.code}
            onChange={(v) => set('code', v || undefined)}
            errors={errors}
            at="/code"
          />
          <SelectField label="Form" {...serviceField('form')} options={ids(forms, s.form)} />
          <SelectField
            label="Survey form"
            value={s.survey ?? '(none)'}
            options={['(none)', ...ids(forms)]}
            onChange={(v) => set('survey', v === '(none)' ? undefined : v)}
            errors={errors}
            at="/survey"
          />
          <SelectField label="Calendar" {...serviceField('calendar')} options={ids(calendars, s.calendar)} />
        </div>
        <CheckField
          label="Free of charge"
          checked={s.cost.free}
          onChange={(free) => set('cost', { ...s.cost, free })}
        />
        {!s.cost.free && (
          <TextField
            label="Cost amount"
            type="number"
            value={s.cost.amount}
            onChange={(v) => set('cost', { ...s.cost, amount: Number(v) })}
            errors={errors}
            at="/cost/amount"
          />
        )}
      </Panel>

      <ListEditor
        title="Channels"
        items={s.channels}
        at="/channels"
        errors={errors}
        onChange={(v) => set('channels', v)}
        make={(items) => ({
          id: nextId('channel', items),
          type: 'provider-office' as const,
          label: { en: 'Channel' },
          process: s.channels[0]?.process ?? s.id,
        })}
        name={(c) => `${c.id} — ${resolveLabel(c.label, lang)}`}
        render={(c, put, at) => {
          const field = fieldProps(c, put, errors, at);
          return (
            <>
              <div className="row">
                <TextField label="Id" {...field('id')} />
                <SelectField label="Type" {...field('type')} options={CHANNEL_TYPES} />
                <SelectField label="Process" {...field('process')} options={ids(processes, c.process)} />
              </div>
              <LocalizedInput label="Label" {...field('label')} />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />

      <ListEditor
        title="Documents"
        items={s.documents}
        at="/documents"
        errors={errors}
        onChange={(v) => set('documents', v)}
        make={(items) => ({ id: nextId('document', items), label: { en: 'Document' }, required: true })}
        name={(d) => `${d.id} — ${resolveLabel(d.label, lang)}${d.required ? ' (required)' : ''}`}
        render={(d, put, at) => {
          const field = fieldProps(d, put, errors, at);
          return (
            <>
              <TextField label="Id" {...field('id')} />
              <LocalizedInput label="Label" {...field('label')} />
              <CheckField label="Required" checked={d.required} onChange={(required) => put({ ...d, required })} />
              <CheckField
                label="The provider fetches it itself"
                checked={Boolean(d.fetchedByProvider)}
                onChange={(f) => put({ ...d, fetchedByProvider: f || undefined })}
              />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />

      <section className="deadlines">
        <TextField
          label="Preview deadlines from (local time)"
          type="datetime-local"
          value={sample}
          onChange={setSample}
        />
        <ListEditor
          title="Deadlines"
          items={s.deadlines}
          at="/deadlines"
          errors={errors}
          onChange={(v) => set('deadlines', v)}
          make={(items): Deadline => ({
            id: nextId('deadline', items),
            label: { en: 'Deadline' },
            amount: 10,
            unit: 'working-days',
            from: 'submitted',
          })}
          name={(d) =>
            `${d.id} — ${d.periodic ? 'periodic' : `${d.amount ?? '?'} ${d.unit ?? '?'} ${d.from ? 'from ' + d.from : 'before ' + (d.before ?? '?')}`}`
          }
          render={(d, put, at) => {
            const field = fieldProps(d, put, errors, at);
            return (
              <>
                <div className="row">
                  <TextField label="Id" {...field('id')} />
                  <TextField
                    label="Amount"
                    type="number"
                    value={d.amount}
                    onChange={(v) => put({ ...d, amount: int(v) })}
                    errors={errors}
                    at={`${at}/amount`}
                  />
                  <SelectField label="Unit" {...field('unit')} options={DURATION_UNITS} />
                  <SelectField
                    label="Counted"
                    value={d.before !== undefined ? 'before' : 'from'}
                    options={['from', 'before'] as const}
                    onChange={(mode) => {
                      const event = d.from ?? d.before ?? 'submitted';
                      const { from: _f, before: _b, ...rest } = d;
                      put(mode === 'from' ? { ...rest, from: event } : { ...rest, before: event });
                    }}
                  />
                  <TextField
                    label="Event"
                    value={d.from ?? d.before}
                    list="case-events"
                    onChange={(event) => put(d.before !== undefined ? { ...d, before: event } : { ...d, from: event })}
                    errors={errors}
                    at={`${at}/${d.before !== undefined ? 'before' : 'from'}`}
                  />
                </div>
                <LocalizedInput label="Label" {...field('label')} />
                <SourceInput {...field('source')} />
                <DeadlinePreview deadline={d} calendar={calendar} sample={sample} />
              </>
            );
          }}
        />
        <datalist id="case-events">
          {CASE_EVENTS.map((e) => (
            <option key={e} value={e} />
          ))}
        </datalist>
      </section>

      <Panel title="Rulesets">
        <div className="checks">
          {ids(rulesets)
            .concat(s.rulesets.filter((r) => !rulesets.some((x) => x.id === r)))
            .map((id) => (
              <CheckField
                key={id}
                label={id}
                checked={s.rulesets.includes(id)}
                onChange={(on) => set('rulesets', on ? [...s.rulesets, id] : s.rulesets.filter((r) => r !== id))}
              />
            ))}
        </div>
      </Panel>

      <ListEditor
        title="Outputs"
        items={s.outputs}
        at="/outputs"
        errors={errors}
        onChange={(v) => set('outputs', v)}
        make={(items) => ({
          id: nextId('output', items),
          label: { en: 'Result document' },
          template: templates[0]?.id ?? 'template',
          on: 'issued',
        })}
        name={(o) => `${o.id} — ${o.template}${o.on ? ` on ${o.on}` : ''}`}
        render={(o, put, at) => {
          const field = fieldProps(o, put, errors, at);
          return (
            <>
              <div className="row">
                <TextField label="Id" {...field('id')} />
                <SelectField label="Template" {...field('template')} options={ids(templates, o.template)} />
                <SelectField
                  label="Issued on"
                  value={o.on ?? '(any)'}
                  options={['(any)', ...OUTCOMES]}
                  onChange={(on) => put({ ...o, on: on === '(any)' ? undefined : on })}
                  errors={errors}
                  at={`${at}/on`}
                />
              </div>
              <LocalizedInput label="Label" {...field('label')} />
            </>
          );
        }}
      />

      <ListEditor
        title="Complaint routes"
        items={s.complaints}
        at="/complaints"
        errors={errors}
        onChange={(v) => set('complaints', v)}
        make={(items) => ({
          id: nextId('complaint', items),
          to: { en: 'The provider' },
          term: { amount: 5, unit: 'working-days' as const },
        })}
        name={(c) => `${c.id} — ${resolveLabel(c.to, lang)}, ${c.term.amount} ${c.term.unit}`}
        render={(c, put, at) => {
          const field = fieldProps(c, put, errors, at);
          return (
            <>
              <div className="row">
                <TextField label="Id" {...field('id')} />
                <TextField
                  label="Term"
                  type="number"
                  value={c.term.amount}
                  onChange={(v) => put({ ...c, term: { ...c.term, amount: int(v) ?? 0 } })}
                  errors={errors}
                  at={`${at}/term/amount`}
                />
                <SelectField
                  label="Unit"
                  value={c.term.unit}
                  options={DURATION_UNITS}
                  onChange={(unit) => put({ ...c, term: { ...c.term, unit } })}
                  errors={errors}
                  at={`${at}/term/unit`}
                />
                <TextField
                  label="From"
                  value={c.from}
                  list="case-events"
                  onChange={(from) => put({ ...c, from: from || undefined })}
                  errors={errors}
                  at={`${at}/from`}
                />
              </div>
              <LocalizedInput label="To" {...field('to')} />
              <LocalizedInput label="How" {...field('how')} />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />
      <Panel title="Citation of the service">
        <SourceInput {...serviceField('source')} />
      </Panel>
    </div>
  );
}
