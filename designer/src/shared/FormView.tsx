import Form from '@rjsf/core';
import { NO_DEFAULTS } from './formDefaults';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form as FormDefinition } from '../../../runtime/definitions/types';
import { formJsonSchema, formUiSchema, type Language } from './runtime';
import type { ErrorTree } from './errorSchema';
import { FILE_WIDGETS } from './FileUploadWidget';
import { ErrorSummaryTemplate, errorFields, focusSummary, localizeErrors, useAriaInvalid } from './formErrors';
import { DateWidget } from './DateWidget';
import { createFormValidator } from './formValidator';
import { rjsfStrings } from './rjsfStrings';
import { TEXT_BUTTONS } from './rjsfButtons';
import { liftTitles, withTitles } from './liftTitles';
import { shareStructure } from './shareStructure';
import { checksValidator, localToday } from './formLogic';
import { calendarIds, computeValues, hasComputed } from '../../../runtime/forms/computed';
import { useFormCalendars } from './resolveCalendars';

const validator = createFormValidator();
// dates typed as the interface language writes them (see DateWidget)
const WIDGETS = { DateWidget, date: DateWidget };
// the array buttons show their word: @rjsf's default ones need an icon font the app does not load
const TEMPLATES = { ErrorListTemplate: ErrorSummaryTemplate, ButtonTemplates: TEXT_BUTTONS };

export interface FormViewProps {
  form: FormDefinition;
  lang: Language;
  data: unknown;
  onChange: (data: unknown) => void;
  onSubmit?: (data: unknown) => void;
  extraErrors?: ErrorTree;
  children?: ReactNode;
  idPrefix?: string;
  disabled?: boolean;
  /** the designer's preview, re-rendered on each keystroke: titles go to the uiSchema (see liftTitles) */
  titlesInUiSchema?: boolean;
  /** the application date computed ages and fees count on (YYYY-MM-DD); today where the browser is by default */
  today?: string;
}

/** A form definition rendered by @rjsf/core exactly as staff see it: schema and uiSchema come from the runtime. */
export function FormView({
  form,
  lang,
  data,
  onChange,
  onSubmit,
  extraErrors,
  children,
  idPrefix = 'root',
  disabled,
  titlesInUiSchema = false,
  today = localToday(),
}: FormViewProps) {
  // the designer's preview rebuilds both on each keystroke: what did not change keeps its identity
  const previous = useRef<{ schema: RJSFSchema | null; uiSchema: UiSchema | null }>({ schema: null, uiSchema: null });
  const schema = useMemo(() => {
    try {
      const full = formJsonSchema(form, lang) as RJSFSchema;
      const lifted = titlesInUiSchema ? liftTitles(full) : { schema: full, titles: {} };
      const next = shareStructure(previous.current.schema, lifted.schema);
      previous.current.schema = next;
      return { schema: next, titles: lifted.titles, error: null };
    } catch (error) {
      return { schema: null, titles: {}, error: error instanceof Error ? error.message : String(error) };
    }
  }, [form, lang, titlesInUiSchema]);
  const uiSchema = useMemo(() => {
    try {
      const ui = withTitles(formUiSchema(form, lang, data) as UiSchema, schema.titles);
      const next = shareStructure(previous.current.uiSchema, ui);
      previous.current.uiSchema = next;
      return next;
    } catch {
      return {} as UiSchema;
    }
  }, [form, lang, data, schema.titles]);
  const { t } = useTranslation('common');
  const container = useRef<HTMLDivElement>(null);
  useAriaInvalid(container);
  // the server's errors (after a rejected submit) speak for their fields; the browser's do not repeat them
  const serverFields = useMemo(() => errorFields(extraErrors), [extraErrors]);
  const transformErrors = useMemo(() => localizeErrors(lang, serverFields), [lang, serverFields]);
  const translateString = useMemo(() => rjsfStrings(t), [t]);
  const formContext = useMemo(() => ({ idPrefix }), [idPrefix]);
  // computed fields and cross-field checks: the runtime code the server runs on submit
  const computes = useMemo(() => hasComputed(form), [form]);
  const calendars = useFormCalendars(form);
  const computed = (value: unknown) => (computes ? computeValues(form, value, { today, calendars }) : value);
  // a due date's calendar arrives after the first render: count it then, not only at the next keystroke
  useEffect(() => {
    if (!computes || !calendarIds(form).length) return;
    const next = computeValues(form, data, { today, calendars });
    if (JSON.stringify(next) !== JSON.stringify(data)) onChange(next);
    // only when the calendars (or the form) change: the data is the one shown then
  }, [calendars, form]);
  const customValidate = useMemo(() => checksValidator(form, lang), [form, lang]);
  useEffect(() => {
    if (serverFields.size) focusSummary(idPrefix);
  }, [serverFields, idPrefix]);
  if (!schema.schema) return <p className="error">{t('cannotRenderForm', { error: schema.error })}</p>;
  return (
    <div ref={container} className="form-view">
      <Form
        schema={schema.schema}
        uiSchema={uiSchema}
        formData={data}
        validator={validator}
        idPrefix={idPrefix}
        onChange={(e) => onChange(computed(e.formData))}
        onSubmit={(e) => onSubmit?.(computed(e.formData))}
        customValidate={customValidate}
        extraErrors={extraErrors as never}
        showErrorList="top"
        noHtml5Validate
        disabled={disabled}
        transformErrors={transformErrors}
        translateString={translateString}
        templates={TEMPLATES}
        widgets={{ ...WIDGETS, ...FILE_WIDGETS }}
        experimental_defaultFormStateBehavior={NO_DEFAULTS}
        formContext={formContext}
        onError={() => focusSummary(idPrefix)}
      >
        {children ?? <></>}
      </Form>
    </div>
  );
}
