import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import { FormView } from '../shared/FormView';
import { LanguageSwitch, type Lang } from '../shared/lang';
import { useLang } from '../shared/lang';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { initialData } from '../../../runtime/forms/settle';
import { useFormWithDictionaries } from '../shared/resolveDictionaries';

/** The form as staff will see it (the same @rjsf rendering as the Desk), in any of the three languages. */
export function FormPreview({ form: edited }: { form: Form }) {
  // dictionary choices shown with the published dictionaries' options
  const form = useFormWithDictionaries(edited);
  const { lang: appLang } = useLang();
  const [lang, setLang] = useState<Lang>(appLang);
  // the form starts as a new case does: each field's default prefilled
  const [data, setData] = useState<unknown>(() => initialData(form));
  const [submitted, setSubmitted] = useState('');
  const { t } = useTranslation('design');
  return (
    <section className="preview" aria-label={t('preview.title')}>
      <header className="preview-head">
        <h2>{t('preview.title')}</h2>
        <LanguageSwitch value={lang} onChange={setLang} label={t('preview.language')} />
        <button type="button" onClick={() => setData(initialData(form))}>
          {t('preview.clear')}
        </button>
      </header>
      <div className="preview-body">
        <ErrorBoundary resetKey={form}>
          <FormView
            form={form}
            lang={lang}
            data={data}
            onChange={setData}
            onSubmit={() => setSubmitted(t('preview.valid'))}
            idPrefix="preview"
            titlesInUiSchema
          >
            <button type="submit">{t('preview.check')}</button> {submitted && <span role="status">{submitted}</span>}
          </FormView>
        </ErrorBoundary>
      </div>
    </section>
  );
}
