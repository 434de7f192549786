import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import { validateFormData } from '../../../runtime/forms';
import { ApiError, api, errorText } from '../shared/api';
import { CALENDAR_ZONE, formatInstant } from '../shared/format';
import { loadPublished } from '../shared/definitionsApi';
import { toErrorSchema, type ErrorTree } from '../shared/errorSchema';
import { FormView } from '../shared/FormView';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { ActionInput, ActionView, CaseView } from './caseTypes';
import { labelOr } from './labels';
import { actionBody, actionEnabled, hasContent, stepWorkOf, typedInput, widgetFor } from './stepWork';

/** One input an action's condition reads, with the widget of its type (or a line saying there is none). */
function InputField({
  input,
  value,
  onChange,
}: {
  input: ActionInput;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const label = resolveLabel(input.label as never, lang) || t('work.inputUnnamed');
  const widget = widgetFor(input);
  if (widget === 'boolean')
    return (
      <fieldset className="input" data-input={input.id}>
        <legend>{label}</legend>
        {(['true', 'false'] as const).map((v) => (
          <label key={v} className="check">
            <input type="radio" name={`input-${input.id}`} checked={value === v} onChange={() => onChange(v)} />{' '}
            {v === 'true' ? t('yes') : t('no')}
          </label>
        ))}
      </fieldset>
    );
  if (!widget)
    return (
      <p className="error" data-testid={`input-without-widget-${input.id}`}>
        {t('work.noWidget', { label })}
      </p>
    );
  return (
    <label data-input={input.id}>
      {label}
      <input
        type={widget === 'number' ? 'number' : widget === 'date' ? 'date' : 'text'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/**
 * The work of the current step: the forms it asks staff to fill, the inputs its actions' conditions read,
 * and its actions. Data entered here is previewed live (which actions it would open) and sent with the
 * action; a refusal asks for its reason, which goes with it.
 */
export function CaseStepWork({
  caseView,
  surveyId,
  timeZone = CALENDAR_ZONE,
  onChanged,
}: {
  caseView: CaseView;
  surveyId?: string;
  timeZone?: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const work = useMemo(() => stepWorkOf(caseView, surveyId), [caseView, surveyId]);
  const [forms, setForms] = useState<Record<string, Form | null>>({});
  const [data, setData] = useState<Record<string, unknown>>(() => ({ ...(caseView.forms ?? {}) }));
  const [values, setValues] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<ActionView | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [formErrors, setFormErrors] = useState<Record<string, ErrorTree>>({});
  const [preview, setPreview] = useState<Set<string> | null>(null);
  const [busy, setBusy] = useState(false);
  const formKey = work.forms.map((f) => `${f.id}@${f.version ?? ''}`).join(',');

  useEffect(() => {
    let live = true;
    void Promise.all(work.forms.map(async (f) => [f.id, await loadPublished('form', f.id, f.version)] as const))
      .then((loaded) => live && setForms(Object.fromEntries(loaded) as Record<string, Form | null>))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [formKey]); // the key names the forms and versions

  const sentForms = useMemo(
    // a form is sent when something was filled in it, or when the step requires it (the server then says what is missing)
    () =>
      Object.fromEntries(
        work.forms.filter((f) => f.required || hasContent(data[f.id])).map((f) => [f.id, data[f.id] ?? {}]),
      ),
    [work.forms, data],
  );
  const input = useMemo(() => typedInput(work.inputs, values), [work.inputs, values]);
  const touched = Object.keys(sentForms).length > 0 || Object.keys(input).length > 0;
  // the server previews complete data only (a form half filled answers 422): until then the buttons stay as listed
  const complete = Object.entries(sentForms).every(([id, d]) => {
    const form = forms[id];
    return Boolean(form) && validateFormData(form as Form, d).length === 0;
  });

  // which actions the data entered would open: asked of the server, nothing stored
  useEffect(() => {
    if (!touched || !complete) {
      setPreview(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api<{ actions: ActionView[] }>(`/api/cases/${encodeURIComponent(caseView.id)}/actions-preview`, {
        method: 'POST',
        body: actionBody(sentForms, input, ''),
      })
        .then(
          (answer) => live && setPreview(new Set(answer.actions.filter((a) => a.available !== false).map((a) => a.id))),
        )
        .catch(() => live && setPreview(null)); // without a preview the server still judges the action
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [caseView.id, sentForms, input, touched, complete]);

  const take = async (action: ActionView) => {
    setError('');
    setBusy(true);
    try {
      await api(`/api/cases/${encodeURIComponent(caseView.id)}/actions/${encodeURIComponent(action.id)}`, {
        method: 'POST',
        body: actionBody(sentForms, input, action.requiresReason ? reason : ''),
      });
      setPending(null);
      setReason('');
      setFormErrors({});
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        const byForm: Record<string, ErrorTree> = {};
        for (const f of work.forms) {
          const prefix = `/forms/${f.id}`;
          const mine = e.details.filter((d) => d.path.startsWith(prefix));
          if (mine.length) byForm[f.id] = toErrorSchema(mine, prefix);
        }
        setFormErrors(byForm);
      }
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const nothing = work.actions.length === 0;
  // an action with a 'not before' term waits for it: the server refuses it before then
  const notYet = (a: ActionView) => Boolean(a.possibleFrom && Date.parse(a.possibleFrom) > Date.now());
  return (
    <section className="panel step-work" aria-label={t('work.title')}>
      <h2>{t('work.title')}</h2>
      {nothing && <p>{t('work.noAction')}</p>}
      {work.forms.map((f) => {
        const form = forms[f.id];
        if (form === undefined) return <p key={f.id}>{t('loading')}</p>;
        if (form === null)
          return (
            <p key={f.id} className="error" data-testid={`form-missing-${f.id}`}>
              {t('work.formMissing')}
            </p>
          );
        return (
          <div key={f.id} className="step-form" data-step-form={f.id}>
            <h3>
              {labelOr(t, form.title, lang)}
              {f.required ? ` (${t('work.required')})` : ''}
            </h3>
            <FormView
              form={form}
              lang={lang}
              data={data[f.id] ?? {}}
              onChange={(d) => setData((all) => ({ ...all, [f.id]: d }))}
              extraErrors={formErrors[f.id]}
              idPrefix={`step_${f.id.replace(/[^A-Za-z0-9]/g, '_')}`}
              disabled={busy}
            >
              <></>
            </FormView>
          </div>
        );
      })}
      {work.inputs.length > 0 && (
        <fieldset className="step-inputs">
          <legend>{t('work.inputs')}</legend>
          {work.inputs.map((i) => (
            <InputField
              key={i.id}
              input={i}
              value={values[i.id] ?? ''}
              onChange={(v) => setValues((all) => ({ ...all, [i.id]: v }))}
            />
          ))}
        </fieldset>
      )}
      <div className="row-actions">
        {work.actions.map((a) => (
          <span key={a.id} className="action">
            <button
              type="button"
              data-action={a.id}
              className={pending?.id === a.id ? 'primary' : ''}
              disabled={busy || !actionEnabled(a, preview) || notYet(a)}
              onClick={() => (a.requiresReason ? setPending(a) : void take(a))}
            >
              {labelOr(t, a.label, lang)}
            </button>
            {notYet(a) && (
              <span className="muted" data-testid={`possible-from-${a.id}`}>
                {' '}
                {t('work.possibleFrom', { at: formatInstant(a.possibleFrom, timeZone) })}
              </span>
            )}
          </span>
        ))}
      </div>
      {pending && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void take(pending);
          }}
          aria-label={t('work.reasonFor', { action: labelOr(t, pending.label, lang) })}
        >
          <label>
            {t('work.reason')}
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} required rows={3} />
          </label>
          <div className="row-actions">
            <button type="submit" className="primary" disabled={busy || !reason.trim()}>
              {t('work.confirm')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('work.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="error" data-testid="action-error">
          {error}
        </p>
      )}
    </section>
  );
}
