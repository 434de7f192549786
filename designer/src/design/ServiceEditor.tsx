import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('design');
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
      <Panel title={t('s.service')}>
        <LocalizedInput label={t('s.title')} {...serviceField('title')} />
        <LocalizedInput label={t('s.provider')} {...serviceField('provider')} />
        <div className="row">
          <TextField
            label={t('s.code')}
            value={s.code}
            onChange={(v) => set('code', v || undefined)}
            errors={errors}
            at="/code"
          />
          <SelectField label={t('s.form')} {...serviceField('form')} options={ids(forms, s.form)} />
          <SelectField
            label={t('s.survey_form')}
            value={s.survey ?? '(none)'}
            options={['(none)', ...ids(forms)]}
            onChange={(v) => set('survey', v === '(none)' ? undefined : v)}
            errors={errors}
            at="/survey"
          />
          <SelectField label={t('s.calendar')} {...serviceField('calendar')} options={ids(calendars, s.calendar)} />
        </div>
        <CheckField
          label={t('s.free_of_charge')}
          checked={s.cost.free}
          onChange={(free) => set('cost', { ...s.cost, free })}
        />
        {!s.cost.free && (
          <TextField
            label={t('s.cost_amount')}
            type="number"
            value={s.cost.amount}
            onChange={(v) => set('cost', { ...s.cost, amount: Number(v) })}
            errors={errors}
            at="/cost/amount"
          />
        )}
      </Panel>

      <ListEditor
        title={t('s.channels')}
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
                <TextField label={t('s.id')} {...field('id')} />
                <SelectField label={t('s.type')} {...field('type')} options={CHANNEL_TYPES} />
                <SelectField label={t('s.process')} {...field('process')} options={ids(processes, c.process)} />
              </div>
              <LocalizedInput label={t('s.label')} {...field('label')} />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />

      <ListEditor
        title={t('s.documents')}
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
              <TextField label={t('s.id')} {...field('id')} />
              <LocalizedInput label={t('s.label')} {...field('label')} />
              <CheckField
                label={t('s.required')}
                checked={d.required}
                onChange={(required) => put({ ...d, required })}
              />
              <CheckField
                label={t('s.the_provider_fetches_it_itself')}
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
          label={t('s.preview_deadlines_from_local_time')}
          type="datetime-local"
          value={sample}
          onChange={setSample}
        />
        <ListEditor
          title={t('s.deadlines')}
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

      <Panel title={t('s.rulesets')}>
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
        title={t('s.outputs')}
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
                <TextField label={t('s.id')} {...field('id')} />
                <SelectField label={t('s.template')} {...field('template')} options={ids(templates, o.template)} />
                <SelectField
                  label={t('s.issued_on')}
                  value={o.on ?? '(any)'}
                  options={['(any)', ...OUTCOMES]}
                  onChange={(on) => put({ ...o, on: on === '(any)' ? undefined : on })}
                  errors={errors}
                  at={`${at}/on`}
                />
              </div>
              <LocalizedInput label={t('s.label')} {...field('label')} />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />

      <ListEditor
        title={t('s.complaint_routes')}
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
                <TextField label={t('s.id')} {...field('id')} />
                <TextField
                  label={t('s.term')}
                  type="number"
                  value={c.term.amount}
                  onChange={(v) => put({ ...c, term: { ...c.term, amount: int(v) ?? 0 } })}
                  errors={errors}
                  at={`${at}/term/amount`}
                />
                <SelectField
                  label={t('s.unit')}
                  value={c.term.unit}
                  options={DURATION_UNITS}
                  onChange={(unit) => put({ ...c, term: { ...c.term, unit } })}
                  errors={errors}
                  at={`${at}/term/unit`}
                />
                <TextField
                  label={t('s.from')}
                  value={c.from}
                  list="case-events"
                  onChange={(from) => put({ ...c, from: from || undefined })}
                  errors={errors}
                  at={`${at}/from`}
                />
              </div>
              <LocalizedInput label={t('s.to')} {...field('to')} />
              <LocalizedInput label={t('s.how')} {...field('how')} />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />
      <ListEditor
        title={t('acts:statements')}
        items={s.statements ?? []}
        at="/statements"
        errors={errors}
        onChange={(v) => set('statements', v.length ? v : undefined)}
        make={(items) => ({
          id: nextId('statement', items),
          text: { en: '' },
          source: { doc: s.source?.doc ?? '', para: '' },
        })}
        name={(x) => `${x.id} — ${resolveLabel(x.text, lang)}`}
        render={(x, put, at) => {
          const field = fieldProps(x, put, errors, at);
          return (
            <>
              <TextField label={t('s.id')} {...field('id')} />
              <LocalizedInput label={t('acts:statementText')} {...field('text')} multiline />
              <SourceInput
                value={x.source}
                onChange={(source) => source && put({ ...x, source })}
                errors={errors}
                at={`${at}/source`}
              />
            </>
          );
        }}
      />
      <Panel title={t('s.citation_of_the_service')}>
        <SourceInput {...serviceField('source')} />
      </Panel>
    </div>
  );
}
