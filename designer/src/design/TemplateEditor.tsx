import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import type { Template } from '../../../runtime/definitions/types';
import { LANGS, LanguageSwitch, type Lang } from '../shared/lang';
import { renderDocumentPage, type RenderInput } from '../shared/runtime';
import { ErrorsAt, LocalizedInput, SelectField } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { TemplateVocabulary } from './TemplateVocabulary';
import { missingVariables, sampleRenderInput } from '../../../runtime/walks/sampleDocument';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { ids, usePublished } from './service/shared';
import { SourceInput } from './SourceInput';

/** The hand-written sample, for a template without a published form: the form data alone or the whole context. */
function handWritten(template: Template, lang: Lang): RenderInput {
  const sample = template.sample ?? {};
  const now = '2026-03-20T12:45:00Z';
  return 'data' in sample ? { now, ...sample, data: sample.data, lang } : { lang, data: sample, now };
}

/**
 * A Handlebars template per language, previewed by the runtime's renderer with a case generated from its form as the
 * walks generate one (a hand-written sample would hide a variable the form lacks); what the case lacks is named.
 */
export function TemplateEditor({ definition: template, onChange, errors }: EditorProps<Template>) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const [lang, setLang] = useState<Lang>('ru');
  const [sampleText, setSampleText] = useState(() => JSON.stringify(template.sample ?? {}, null, 2));
  const [sampleError, setSampleError] = useState('');
  const forms = useDefinitionList('form');
  const form = usePublished('form', template.form, Boolean(forms.find((f) => f.id === template.form)?.version));
  const preview = useMemo(() => {
    try {
      const input = form ? sampleRenderInput(form, lang) : handWritten(template, lang);
      const missing = form ? missingVariables(template.body[lang] ?? '', input) : [];
      return { html: renderDocumentPage(template, input), error: '', missing };
    } catch (e) {
      return { html: '', error: e instanceof Error ? e.message : String(e), missing: [] };
    }
  }, [template, lang, form]);

  return (
    <div className="template-editor">
      <div className="template-source">
        <LocalizedInput
          label={t('s.title')}
          value={template.title}
          onChange={(title) => onChange({ ...template, title })}
          errors={errors}
          at="/title"
        />
        <div className="row">
          <SelectField
            label={tx('template.form')}
            value={template.form ?? '(none)'}
            options={[
              { value: '(none)', label: tx('template.noForm') },
              ...ids(forms, template.form).map((id) => ({ value: id, label: id })),
            ]}
            onChange={(id) => onChange({ ...template, form: id === '(none)' ? undefined : id })}
            errors={errors}
            at="/form"
          />
        </div>
        <LanguageSwitch value={lang} onChange={setLang} label={t('s.template_language')} />
        {/* every language's body is here; the one previewed is open */}
        {LANGS.map((l) => (
          <details key={l} open={l === lang} className="template-body">
            <summary>{tx('template.body', { lang: l })}</summary>
            <label>
              {tx('template.bodyLabel', { lang: l })}
              <textarea
                rows={16}
                spellCheck={false}
                value={template.body[l] ?? ''}
                onChange={(e) => onChange({ ...template, body: { ...template.body, [l]: e.target.value } })}
                onFocus={() => setLang(l)}
                data-pointer={`/body/${l}`}
              />
            </label>
            <ErrorsAt errors={errors} at={`/body/${l}`} />
          </details>
        ))}
        <label>
          {t('s.sample_data_json')}
          <textarea
            rows={8}
            spellCheck={false}
            data-pointer="/sample"
            value={sampleText}
            onChange={(e) => {
              setSampleText(e.target.value);
              try {
                const sample = JSON.parse(e.target.value) as Record<string, unknown>;
                setSampleError('');
                onChange({ ...template, sample });
              } catch (error) {
                setSampleError(error instanceof Error ? error.message : String(error));
              }
            }}
          />
        </label>
        {sampleError && <p className="error">Sample is not valid JSON: {sampleError}</p>}
        <SourceInput
          value={template.source}
          onChange={(source) => onChange({ ...template, source })}
          errors={errors}
          at="/source"
        />
        <TemplateVocabulary template={template} form={form} />
      </div>
      <section className="template-preview" aria-label={t('s.document_preview')}>
        <h2>{t('s.preview')}</h2>
        <p className="muted">{form ? tx('template.generated', { form: form.id }) : tx('template.handWritten')}</p>
        {preview.missing.length > 0 && (
          <div className="error" role="status" data-testid="template-missing">
            {tx('template.missing')}{' '}
            {preview.missing.map((m) => (
              <code key={m}>{`{{${m}}}`} </code>
            ))}
          </div>
        )}
        {preview.error ? (
          <p className="error">{preview.error}</p>
        ) : (
          <iframe title={t('s.rendered_document')} srcDoc={preview.html} sandbox="" />
        )}
      </section>
    </div>
  );
}
