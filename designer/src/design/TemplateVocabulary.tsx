import { useTranslation } from 'react-i18next';
import type { Form, Template } from '../../../runtime/definitions/types';
import { ALLOWED_HELPERS } from '../../../runtime/documents/helperNames';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { CASE_VARIABLES, formVariables, HELPER_EXAMPLES } from './templateVocabulary';

/** What a template can use: its form's fields with their labels, the case's fields, and every helper with an example. */
export function TemplateVocabulary({ template, form }: { template: Template; form: Form | null }) {
  const { t } = useTranslation('editors');
  const { lang } = useLang();
  const fields = formVariables(form?.fields ?? []);
  return (
    <aside className="template-vocabulary" aria-label={t('template.vocabulary')}>
      <h3>{t('template.fields', { form: template.form ?? '—' })}</h3>
      {fields.length === 0 && <p className="muted">{t('template.noForm')}</p>}
      <ul>
        {fields.map((v) => (
          <li key={v.expression}>
            <code>{v.expression}</code> — {resolveLabel(v.label, lang)}
            {v.choice && (
              <>
                {' '}
                ({t('template.choiceLabel')} <code>{v.choice}</code>)
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('template.caseFields')}</h3>
      <ul>
        {CASE_VARIABLES.map((v) => (
          <li key={v}>
            <code>{`{{${v}}}`}</code>
          </li>
        ))}
        <li>
          <code>{'{{due deadlines.<id>}}'}</code> — {t('template.deadlines')}
        </li>
        <li>
          <code>{'{{#each rules}}{{this.label}}{{/each}}'}</code> — {t('template.rules')}
        </li>
      </ul>
      <h3>{t('template.helpers')}</h3>
      <ul>
        {[...ALLOWED_HELPERS].map((name) => (
          <li key={name}>
            <strong>{name}</strong>: <code>{HELPER_EXAMPLES[name] ?? name}</code>
          </li>
        ))}
      </ul>
    </aside>
  );
}
