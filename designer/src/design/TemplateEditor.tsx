import { useMemo, useState } from 'react';
import type { Template } from '../../../runtime/definitions/types';
import { LanguageSwitch, type Lang } from '../shared/lang';
import { renderDocumentPage, type RenderInput } from '../shared/runtime';
import { ErrorsAt, LocalizedInput } from '../shared/widgets';
import type { EditorProps } from './editorProps';

/** A Handlebars template per language, previewed with its sample data by the runtime's renderer. */
export function TemplateEditor({ definition: t, onChange, errors }: EditorProps<Template>) {
  const [lang, setLang] = useState<Lang>('ru');
  const [sampleText, setSampleText] = useState(() => JSON.stringify(t.sample ?? {}, null, 2));
  const [sampleError, setSampleError] = useState('');
  const preview = useMemo(() => {
    try {
      // a sample is either the form data alone, or the whole render context ({data, case, deadlines…})
      const sample = (t.sample ?? {}) as Record<string, unknown>;
      const input =
        'data' in sample
          ? { now: '2026-03-20T12:45:00Z', ...sample, lang }
          : { lang, data: sample, now: '2026-03-20T12:45:00Z' };
      return { html: renderDocumentPage(t, input as RenderInput), error: '' };
    } catch (e) {
      return { html: '', error: e instanceof Error ? e.message : String(e) };
    }
  }, [t, lang]);

  return (
    <div className="template-editor">
      <div className="template-source">
        <LocalizedInput
          label="Title"
          value={t.title}
          onChange={(title) => onChange({ ...t, title })}
          errors={errors}
          at="/title"
        />
        <LanguageSwitch value={lang} onChange={setLang} label="Template language" />
        <label>
          Body ({lang}, Handlebars)
          <textarea
            rows={16}
            spellCheck={false}
            value={t.body[lang] ?? ''}
            onChange={(e) => onChange({ ...t, body: { ...t.body, [lang]: e.target.value } })}
            data-pointer={`/body/${lang}`}
          />
        </label>
        <ErrorsAt errors={errors} at={`/body/${lang}`} />
        <label>
          Sample data (JSON)
          <textarea
            rows={8}
            spellCheck={false}
            value={sampleText}
            onChange={(e) => {
              setSampleText(e.target.value);
              try {
                const sample = JSON.parse(e.target.value) as Record<string, unknown>;
                setSampleError('');
                onChange({ ...t, sample });
              } catch (error) {
                setSampleError(error instanceof Error ? error.message : String(error));
              }
            }}
          />
        </label>
        {sampleError && <p className="error">Sample is not valid JSON: {sampleError}</p>}
      </div>
      <section className="template-preview" aria-label="Document preview">
        <h2>Preview</h2>
        {preview.error ? (
          <p className="error">{preview.error}</p>
        ) : (
          <iframe title="Rendered document" srcDoc={preview.html} sandbox="" />
        )}
      </section>
    </div>
  );
}
