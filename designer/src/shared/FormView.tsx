import Form from '@rjsf/core';
import { NO_DEFAULTS } from './formDefaults';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { useMemo, useRef, type ReactNode } from 'react';
import type { Form as FormDefinition } from '../../../runtime/definitions/types';
import { formJsonSchema, formUiSchema, type Language } from './runtime';
import type { ErrorTree } from './errorSchema';
import { FILE_WIDGETS } from './FileUploadWidget';
import { createFormValidator } from './formValidator';
import { liftTitles, withTitles } from './liftTitles';
import { shareStructure } from './shareStructure';

const validator = createFormValidator();

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
  if (!schema.schema) return <p className="error">Cannot render this form: {schema.error}</p>;
  return (
    <Form
      schema={schema.schema}
      uiSchema={uiSchema}
      formData={data}
      validator={validator}
      widgets={FILE_WIDGETS}
      idPrefix={idPrefix}
      onChange={(e) => onChange(e.formData)}
      onSubmit={(e) => onSubmit?.(e.formData)}
      extraErrors={extraErrors as never}
      showErrorList="top"
      noHtml5Validate
      experimental_defaultFormStateBehavior={NO_DEFAULTS}
      disabled={disabled}
    >
      {children ?? <></>}
    </Form>
  );
}
