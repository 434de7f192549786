import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { useMemo, type ReactNode } from 'react';
import type { Form as FormDefinition } from '../../../runtime/definitions/types';
import { IIN_FORMATS, formJsonSchema, formUiSchema, type Language } from './runtime';
import type { ErrorTree } from './errorSchema';

// One validator for every form: the IIN/BIN checksum formats are the runtime's own.
const validator = customizeValidator({ customFormats: { ...IIN_FORMATS } });

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
}: FormViewProps) {
  const schema = useMemo(() => {
    try {
      return { schema: formJsonSchema(form, lang) as RJSFSchema, error: null };
    } catch (error) {
      return { schema: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [form, lang]);
  const uiSchema = useMemo(() => {
    try {
      return formUiSchema(form, lang, data) as UiSchema;
    } catch {
      return {} as UiSchema;
    }
  }, [form, lang, data]);
  if (!schema.schema) return <p className="error">Cannot render this form: {schema.error}</p>;
  return (
    <Form
      schema={schema.schema}
      uiSchema={uiSchema}
      formData={data}
      validator={validator}
      idPrefix={idPrefix}
      onChange={(e) => onChange(e.formData)}
      onSubmit={(e) => onSubmit?.(e.formData)}
      extraErrors={extraErrors as never}
      showErrorList="top"
      noHtml5Validate
      disabled={disabled}
    >
      {children ?? <></>}
    </Form>
  );
}
