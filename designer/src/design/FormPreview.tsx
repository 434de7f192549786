import { useState } from 'react';
import type { Form } from '../../../runtime/definitions/types';
import { FormView } from '../shared/FormView';
import { LanguageSwitch, type Lang } from '../shared/lang';
import { useLang } from '../shared/lang';
import { ErrorBoundary } from '../shared/ErrorBoundary';

/** The form as staff will see it (the same @rjsf rendering as the Desk), in any of the three languages. */
export function FormPreview({ form }: { form: Form }) {
  const { lang: appLang } = useLang();
  const [lang, setLang] = useState<Lang>(appLang);
  const [data, setData] = useState<unknown>({});
  const [submitted, setSubmitted] = useState('');
  return (
    <section className="preview" aria-label="Preview">
      <header className="preview-head">
        <h2>Preview</h2>
        <LanguageSwitch value={lang} onChange={setLang} label="Preview language" />
        <button type="button" onClick={() => setData({})}>
          Clear
        </button>
      </header>
      <div className="preview-body">
        <ErrorBoundary resetKey={form}>
          <FormView
            form={form}
            lang={lang}
            data={data}
            onChange={setData}
            onSubmit={() => setSubmitted('The data is valid.')}
            idPrefix="preview"
            titlesInUiSchema
          >
            <button type="submit">Check</button> {submitted && <span role="status">{submitted}</span>}
          </FormView>
        </ErrorBoundary>
      </div>
    </section>
  );
}
