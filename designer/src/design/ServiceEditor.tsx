import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { Deadline, Form, Service } from '../../../runtime/definitions/types';
import { loadPublished } from '../shared/definitionsApi';
import { useLang } from '../shared/lang';
import { DURATION_UNITS, OUTCOMES, resolveLabel } from '../shared/runtime';
import { useCalendar, useDefinitionList } from '../shared/useDefinitionIds';
import { CheckField, LocalizedInput, Panel, SelectField, TextField } from '../shared/widgets';
import { DeadlinePreview } from './DeadlinePreview';
import type { EditorProps } from './editorProps';
import { fieldProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { SourceInput } from './SourceInput';
import { conditionTargets } from './formBuilderState';
import { DocumentConnectorField } from './service/DocumentConnectorField';
import { HandoffsSection } from './service/HandoffsSection';
import { HoursInput } from './service/HoursInput';
import { alternativesText, listText, parseAlternatives, parseList } from './service/pointerLists';
import { VisibleWhenEditor } from './VisibleWhenEditor';

const CHANNEL_TYPES = ['provider-office', 'public-service-centre', 'portal', 'post', 'internal'] as const;
const CASE_EVENTS = ['submitted', 'started', 'received', 'decided', 'completed'];
const int = (v: string) => (v.trim() === '' ? undefined : Math.trunc(Number(v)));
const NOTICE_EVENTS = ['submitted', 'decided', 'overdue'] as const;
const NOTICE_TO = ['applicant', 'creator', 'assignee', 'group'] as const;
const hasText = (text: Record<string, string | undefined>) => Object.values(text).some((v) => !!v);

/** The application form (once published), for the fields a conditional document can be asked on. */
function useApplicationForm(id: string, published: boolean): Form | null {
  const [form, setForm] = useState<Form | null>(null);
  useEffect(() => {
    if (!published) return;
    let live = true;
    loadPublished('form', id)
      .then((d) => live && setForm(d?.kind === 'form' ? d : null))
      .catch(() => live && setForm(null));
    return () => {
      live = false;
    };
  }, [id, published]);
  return form;
}
const nextId = (stem: string, items: readonly { id: string }[]) => {
  let n = items.length + 1;
  while (items.some((i) => i.id === `${stem}${n}`)) n++;
  return `${stem}${n}`;
};

/** Everything a service declares: channels, documents, deadlines on its calendar, rulesets, outputs, complaints. */
export function ServiceEditor({ definition: s, onChange, errors }: EditorProps<Service>) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const { lang } = useLang();
  const forms = useDefinitionList('form');
  const applicationForm = useApplicationForm(s.form, Boolean(forms.find((f) => f.id === s.form)?.version));
  const targets = conditionTargets(applicationForm?.fields ?? []);
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
          <TextField
            label={te('service.numberingPrefix')}
            value={s.numbering?.prefix}
            onChange={(prefix) => set('numbering', prefix ? { prefix } : undefined)}
            errors={errors}
            at="/numbering/prefix"
          />
        </div>
        <SourceInput
          value={s.providerSource}
          onChange={(v) => set('providerSource', v)}
          errors={errors}
          at="/providerSource"
        />
        <fieldset className="checks" data-pointer="/forms">
          <legend>{te('service.extraForms')}</legend>
          {ids(forms)
            .concat((s.forms ?? []).filter((f) => !forms.some((x) => x.id === f)))
            .filter((id) => id !== s.form)
            .map((id) => (
              <CheckField
                key={id}
                label={id}
                checked={(s.forms ?? []).includes(id)}
                onChange={(on) => {
                  const next = on ? [...(s.forms ?? []), id] : (s.forms ?? []).filter((f) => f !== id);
                  set('forms', next.length ? next : undefined);
                }}
              />
            ))}
        </fieldset>
        <div className="row">
          <TextField
            label={te('service.applicantName')}
            value={alternativesText(s.applicant?.name)}
            onChange={(v) => set('applicant', { ...s.applicant, name: parseAlternatives(v) })}
            errors={errors}
            at="/applicant/name"
          />
          <TextField
            label={te('service.applicantId')}
            value={listText(s.applicant?.id)}
            onChange={(v) => set('applicant', { ...s.applicant, id: parseList(v) })}
            errors={errors}
            at="/applicant/id"
          />
          <TextField
            label={te('service.applicantEmail')}
            value={s.applicantEmail}
            onChange={(v) => set('applicantEmail', v || undefined)}
            errors={errors}
            at="/applicantEmail"
          />
        </div>
        <LocalizedInput
          label={te('service.contacts')}
          value={s.contacts}
          onChange={(v) => set('contacts', hasText(v) ? v : undefined)}
          errors={errors}
          at="/contacts"
          multiline
        />
      </Panel>

      <Panel title={te('service.cost')}>
        <div className="row">
          <CheckField
            label={t('s.free_of_charge')}
            checked={s.cost.free}
            onChange={(free) => set('cost', { ...s.cost, free })}
            at="/cost/free"
          />
          <CheckField
            label={te('service.costStated')}
            checked={s.cost.stated !== false}
            onChange={(stated) => set('cost', { ...s.cost, stated: stated ? undefined : false })}
            at="/cost/stated"
          />
        </div>
        <div className="row">
          <TextField
            label={t('s.cost_amount')}
            type="number"
            value={s.cost.amount}
            onChange={(v) => set('cost', { ...s.cost, amount: v.trim() === '' ? undefined : Number(v) })}
            errors={errors}
            at="/cost/amount"
          />
          <TextField
            label={te('service.currency')}
            value={s.cost.currency}
            onChange={(v) => set('cost', { ...s.cost, currency: v || undefined })}
            errors={errors}
            at="/cost/currency"
          />
        </div>
        <LocalizedInput
          label={te('service.costLabel')}
          value={s.cost.label}
          onChange={(v) => set('cost', { ...s.cost, label: hasText(v) ? v : undefined })}
          errors={errors}
          at="/cost/label"
        />
        <SourceInput
          value={s.cost.source}
          onChange={(source) => set('cost', { ...s.cost, source })}
          errors={errors}
          at="/cost/source"
        />
      </Panel>

      <Panel title={te('service.result')}>
        <LocalizedInput
          label={te('service.resultLabel')}
          value={s.result?.label}
          onChange={(label) => set('result', hasText(label) ? { ...s.result, label } : undefined)}
          errors={errors}
          at="/result/label"
        />
        {s.result && (
          <SourceInput
            value={s.result.source}
            onChange={(source) => set('result', { ...(s.result as NonNullable<Service['result']>), source })}
            errors={errors}
            at="/result/source"
          />
        )}
      </Panel>

      <ListEditor
        title={te('service.recipients')}
        items={s.recipients}
        at="/recipients"
        errors={errors}
        onChange={(v) => set('recipients', v)}
        make={(items) => ({ id: nextId('recipient', items), label: { en: 'Recipient' } })}
        name={(r) => `${r.id} — ${resolveLabel(r.label, lang)}`}
        render={(r, put, at) => {
          const field = fieldProps(r, put, errors, at);
          return (
            <>
              <TextField label={t('s.id')} {...field('id')} />
              <LocalizedInput label={t('s.label')} {...field('label')} />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />

      <Panel title={te('service.schedule')}>
        {(['workingHours', 'receptionHours', 'afterHours'] as const).map((key) => (
          <HoursInput
            key={key}
            label={te(`service.${key}`)}
            value={s.schedule?.[key]}
            onChange={(hours) => {
              const next = { ...s.schedule, [key]: hours };
              set('schedule', Object.values(next).some(Boolean) ? next : undefined);
            }}
            errors={errors}
            at={`/schedule/${key}`}
          />
        ))}
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
              <HoursInput
                label={te('service.channelSchedule')}
                value={c.schedule}
                onChange={(schedule) => put({ ...c, schedule })}
                errors={errors}
                at={`${at}/schedule`}
              />
              <LocalizedInput
                label={te('service.delivery')}
                value={c.delivery}
                onChange={(delivery) => put({ ...c, delivery: hasText(delivery) ? delivery : undefined })}
                errors={errors}
                at={`${at}/delivery`}
              />
              <TextField
                label={te('service.receivedUntil')}
                value={c.receivedUntil?.time}
                placeholder="17:30"
                onChange={(time) =>
                  put({
                    ...c,
                    receivedUntil: time ? { source: { doc: '', para: '' }, ...c.receivedUntil, time } : undefined,
                  })
                }
                errors={errors}
                at={`${at}/receivedUntil/time`}
              />
              {c.receivedUntil && (
                <SourceInput
                  value={c.receivedUntil.source}
                  onChange={(source) =>
                    put({
                      ...c,
                      receivedUntil: {
                        ...(c.receivedUntil as NonNullable<typeof c.receivedUntil>),
                        source: source ?? { doc: '', para: '' },
                      },
                    })
                  }
                  errors={errors}
                  at={`${at}/receivedUntil/source`}
                />
              )}
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />

      <datalist id="service-form-fields">
        {targets.map((target) => (
          <option key={target.path} value={target.path} />
        ))}
      </datalist>
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
                at={`${at}/required`}
              />
              <CheckField
                label={t('s.the_provider_fetches_it_itself')}
                checked={Boolean(d.fetchedByProvider)}
                onChange={(f) => put({ ...d, fetchedByProvider: f || undefined })}
                at={`${at}/fetchedByProvider`}
              />
              {d.fetchedByProvider && (
                <LocalizedInput
                  label={te('service.fetchedFrom')}
                  value={d.fetchedFrom}
                  onChange={(v) => put({ ...d, fetchedFrom: hasText(v) ? v : undefined })}
                  errors={errors}
                  at={`${at}/fetchedFrom`}
                />
              )}
              <DocumentConnectorField document={d} put={put} errors={errors} at={at} />
              <fieldset className="checks" data-pointer={`${at}/channels`}>
                <legend>{te('service.documentChannels')}</legend>
                {s.channels.map((channel) => (
                  <CheckField
                    key={channel.id}
                    label={`${channel.id} — ${resolveLabel(channel.label, lang)}`}
                    checked={d.channels?.includes(channel.id) ?? false}
                    onChange={(on) => {
                      const next = on
                        ? [...(d.channels ?? []), channel.id]
                        : (d.channels ?? []).filter((c) => c !== channel.id);
                      put({ ...d, channels: next.length ? next : undefined });
                    }}
                  />
                ))}
              </fieldset>
              <CheckField
                label={te('service.conditional')}
                checked={Boolean(d.when)}
                onChange={(on) =>
                  put({ ...d, when: on ? { field: targets[0]?.path ?? '', notEmpty: true } : undefined })
                }
              />
              {d.when && (
                <VisibleWhenEditor
                  value={d.when}
                  targets={targets}
                  onChange={(when) => put({ ...d, when })}
                  errors={errors}
                  at={`${at}/when`}
                />
              )}
              <LocalizedInput
                label={te('service.condition')}
                value={d.condition}
                onChange={(v) => put({ ...d, condition: hasText(v) ? v : undefined })}
                errors={errors}
                at={`${at}/condition`}
              />
              <TextField
                label={te('service.field')}
                value={d.field}
                list="service-form-fields"
                onChange={(v) => put({ ...d, field: v || undefined })}
                errors={errors}
                at={`${at}/field`}
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
                <CheckField
                  label={te('service.periodic')}
                  checked={d.periodic !== undefined}
                  onChange={(on) => {
                    const { periodic: _p, amount: _a, unit: _u, from: _f, before: _b, ...rest } = d;
                    put(
                      on
                        ? { ...rest, periodic: { every: 'year', month: 3, day: 30 } }
                        : { ...rest, amount: 10, unit: 'working-days', from: 'submitted' },
                    );
                  }}
                />
                {d.periodic && (
                  <div className="row">
                    <SelectField
                      label={te('service.every')}
                      value={d.periodic.every}
                      options={['year', 'month'] as const}
                      onChange={(every) =>
                        put({ ...d, periodic: { ...(d.periodic as NonNullable<Deadline['periodic']>), every } })
                      }
                      errors={errors}
                      at={`${at}/periodic/every`}
                    />
                    {(['month', 'day', 'monthsAfter'] as const).map((key) => (
                      <TextField
                        key={key}
                        label={te(`service.${key}`)}
                        type="number"
                        value={d.periodic?.[key]}
                        onChange={(v) =>
                          put({
                            ...d,
                            periodic: { ...(d.periodic as NonNullable<Deadline['periodic']>), [key]: int(v) },
                          })
                        }
                        errors={errors}
                        at={`${at}/periodic/${key}`}
                      />
                    ))}
                  </div>
                )}
                <div className="row">
                  <TextField
                    label={te('service.extendableTo')}
                    type="number"
                    value={d.extendableTo?.amount}
                    onChange={(v) => {
                      const amount = int(v);
                      put({
                        ...d,
                        extendableTo: amount === undefined ? undefined : { unit: 'months', ...d.extendableTo, amount },
                      });
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
                        put({
                          ...d,
                          extendableTo: { ...(d.extendableTo as NonNullable<Deadline['extendableTo']>), unit },
                        })
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
        <div className="checks" data-pointer="/rulesets">
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
        name={(c) => `${c.id} — ${resolveLabel(c.to, lang)}${c.term ? `, ${c.term.amount} ${c.term.unit}` : ''}`}
        render={(c, put, at) => {
          const field = fieldProps(c, put, errors, at);
          return (
            <>
              <div className="row">
                <TextField label={t('s.id')} {...field('id')} />
                <CheckField
                  label={te('service.hasTerm')}
                  checked={c.term !== undefined}
                  onChange={(on) => put({ ...c, term: on ? { amount: 5, unit: 'working-days' } : undefined })}
                />
                {c.term && (
                  <>
                    <TextField
                      label={t('s.term')}
                      type="number"
                      value={c.term.amount}
                      onChange={(v) => put({ ...c, term: { unit: 'working-days', ...c.term, amount: int(v) ?? 0 } })}
                      errors={errors}
                      at={`${at}/term/amount`}
                    />
                    <SelectField
                      label={t('s.unit')}
                      value={c.term.unit}
                      options={DURATION_UNITS}
                      onChange={(unit) => put({ ...c, term: { amount: 0, ...c.term, unit } })}
                      errors={errors}
                      at={`${at}/term/unit`}
                    />
                  </>
                )}
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
      <ListEditor
        title={te('service.notices')}
        items={s.notices ?? []}
        at="/notices"
        errors={errors}
        onChange={(v) => set('notices', v.length ? v : undefined)}
        make={() => ({ on: 'decided' as const, to: ['applicant' as const] })}
        name={(n) => `${n.on} → ${n.to.join(', ')}`}
        render={(n, put, at) => (
          <>
            <div className="row">
              <SelectField
                label={te('service.noticeOn')}
                value={n.on}
                options={NOTICE_EVENTS}
                onChange={(on) => put({ ...n, on })}
                errors={errors}
                at={`${at}/on`}
              />
              <SelectField
                label={te('service.noticeTemplate')}
                value={n.template ?? '(default)'}
                options={['(default)', ...ids(templates, n.template)]}
                onChange={(v) => put({ ...n, template: v === '(default)' ? undefined : v })}
                errors={errors}
                at={`${at}/template`}
              />
            </div>
            <fieldset className="checks" data-pointer={`${at}/to`}>
              <legend>{te('service.noticeTo')}</legend>
              {NOTICE_TO.map((who) => (
                <CheckField
                  key={who}
                  label={te(`service.who.${who}`)}
                  checked={n.to.includes(who)}
                  onChange={(on) => {
                    const to = on ? [...n.to, who] : n.to.filter((x) => x !== who);
                    if (to.length) put({ ...n, to });
                  }}
                />
              ))}
            </fieldset>
            <SourceInput
              value={n.source}
              onChange={(source) => put({ ...n, source })}
              errors={errors}
              at={`${at}/source`}
            />
          </>
        )}
      />
      <HandoffsSection service={s} onChange={(handoffs) => set('handoffs', handoffs)} errors={errors} />

      <Panel title={t('s.citation_of_the_service')}>
        <SourceInput {...serviceField('source')} />
      </Panel>
    </div>
  );
}
