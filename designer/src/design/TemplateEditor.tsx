import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import type { Template } from '../../../runtime/definitions/types';
import { LanguageSwitch, type Lang } from '../shared/lang';
import { renderDocumentPage, type RenderInput } from '../shared/runtime';
import { ErrorsAt, LocalizedInput } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { TemplateVocabulary } from './TemplateVocabulary';

/** A Handlebars template per language, previewed with its sample data by the runtime's renderer. */
export function TemplateEditor({ definition: template, onChange, errors }: EditorProps<Template>) {
  const { t } = useTranslation('design');
  const [lang, setLang] = useState<Lang>('ru');
  const [sampleText, setSampleText] = useState(() => JSON.stringify(template.sample ?? {}, null, 2));
  const [sampleError, setSampleError] = useState('');
  const preview = useMemo(() => {
    try {
      // a sample is either the form data alone, or the whole render context ({data, case, deadlines…})
      const sample = (template.sample ?? {}) as Record<string, unknown>;
      const input =
        'data' in sample
          ? { now: '2026-03-20T12:45:00Z', ...sample, lang }
          : { lang, data: sample, now: '2026-03-20T12:45:00Z' };
      return { html: renderDocumentPage(template, input as RenderInput), error: '' };
    } catch (e) {
      return { html: '', error: e instanceof Error ? e.message : String(e) };
    }
  }, [template, lang]);

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
        <LanguageSwitch value={lang} onChange={setLang} label={t('s.template_language')} />
        <label>
          Body ({lang}, Handlebars)
          <textarea
            rows={16}
            spellCheck={false}
            value={template.body[lang] ?? ''}
            onChange={(e) => onChange({ ...template, body: { ...template.body, [lang]: e.target.value } })}
            data-pointer={`/body/${lang}`}
          />
        </label>
        <ErrorsAt errors={errors} at={`/body/${lang}`} />
        <label>
          {t('s.sample_data_json')}
          <textarea
            rows={8}
            spellCheck={false}
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
        <TemplateVocabulary template={template} />
      </div>
      <section className="template-preview" aria-label={t('s.document_preview')}>
        <h2>{t('s.preview')}</h2>
        {preview.error ? (
          <p className="error">{preview.error}</p>
        ) : (
          <iframe title={t('s.rendered_document')} srcDoc={preview.html} sandbox="" />
        )}
      </section>
    </div>
  );
}
