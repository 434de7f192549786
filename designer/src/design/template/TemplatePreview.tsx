import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form, Template } from '../../../../runtime/definitions/types';
import { missingVariables, sampleRenderInput } from '../../../../runtime/walks/sampleDocument';
import type { Lang } from '../../shared/lang';
import { renderDocumentPage } from '../../shared/runtime';
import { handWritten } from './handWritten';

/**
 * The document rendered by the runtime in one language, from a case generated from the template's form as the walks
 * generate one (a hand-written sample would hide a variable the form lacks), naming what the case lacks.
 */
export function TemplatePreview({ template, form, lang }: { template: Template; form: Form | null; lang: Lang }) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
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
  );
}
