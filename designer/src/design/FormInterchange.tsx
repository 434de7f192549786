import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import { importJsonSchemaForm, type ImportResult } from '../../../runtime/forms/import/fromJsonSchema';
import { useLang } from '../shared/lang';
import { formJsonSchema, formUiSchema } from '../shared/runtime';
import { ImportReport } from './interchange/ImportReport';

/** Saves text as a file the browser downloads. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function parse(text: string): { value?: unknown; error?: string } {
  if (!text.trim()) return {};
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: String((e as Error).message) };
  }
}

/**
 * A form's JSON Schema + uiSchema (as @rjsf/core users write them): download the ones generated
 * from this form, or import some into it. The import shows every keyword it could not carry over
 * before the analyst replaces the fields with what came over.
 */
export function FormInterchange({
  form,
  onChange,
  readOnly,
}: {
  form: Form;
  onChange: (form: Form) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation('rulesets');
  const { lang } = useLang();
  const [open, setOpen] = useState(false);
  const [schemaText, setSchemaText] = useState('');
  const [uiText, setUiText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState('');

  const exportIt = () =>
    download(
      `${form.id}.${lang}.rjsf.json`,
      `${JSON.stringify({ schema: formJsonSchema(form, lang), uiSchema: formUiSchema(form, lang) }, null, 2)}\n`,
    );

  const read = () => {
    setResult(null);
    const schema = parse(schemaText);
    const ui = parse(uiText);
    if (schema.error || ui.error || schema.value === undefined) {
      setError(t('import.notJson', { error: schema.error ?? ui.error ?? '' }));
      return;
    }
    setError('');
    // an exported file holds both: {schema, uiSchema}
    const both = schema.value as { schema?: unknown; uiSchema?: unknown };
    const wrapped = both && typeof both === 'object' && 'schema' in both && ui.value === undefined;
    setResult(
      importJsonSchemaForm({
        id: form.id,
        schema: wrapped ? both.schema : schema.value,
        uiSchema: wrapped ? both.uiSchema : ui.value,
        lang,
      }),
    );
  };

  return (
    <section className="form-interchange" aria-label={t('import.region')}>
      <div className="row-actions">
        <button type="button" onClick={exportIt}>
          {t('export.download')}
        </button>
        {!readOnly && (
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('import.open')}
          </button>
        )}
      </div>
      {open && !readOnly && (
        <div className="import-panel">
          <label>
            {t('import.schema')}
            <textarea rows={6} value={schemaText} onChange={(e) => setSchemaText(e.target.value)} spellCheck={false} />
          </label>
          <label>
            {t('import.uiSchema')}
            <textarea rows={4} value={uiText} onChange={(e) => setUiText(e.target.value)} spellCheck={false} />
          </label>
          <button type="button" onClick={read}>
            {t('import.read')}
          </button>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {result && (
            <ImportReport
              result={result}
              onReplace={() => {
                onChange({ ...form, title: { ...form.title, ...result.form.title }, fields: result.form.fields });
                setResult(null);
                setOpen(false);
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}
