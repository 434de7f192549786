import { useTranslation } from 'react-i18next';
import { FACT_ORIGINS, FACT_TYPES } from '../../../../runtime/definitions/ruleset';
import type { DefinitionError, Ruleset } from '../../../../runtime/definitions/types';
import { FactConnectorField } from '../../connectors/FactConnectorField';
import type { DefinitionSummary } from '../../shared/definitionsApi';
import { useDefinitionList } from '../../shared/useDefinitionIds';
import { LocalizedInput, SelectField, TextField } from '../../shared/widgets';
import { fieldProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { ids, nextId } from '../service/shared';
import { SourceInput } from '../SourceInput';

type Fact = Ruleset['facts'][number];

/** The ruleset's declared facts: where each is read from (form data, the case, a deadline, a connector …). */
export function FactsList({
  facts,
  errors,
  onChange,
}: {
  facts: Fact[];
  errors: readonly DefinitionError[];
  onChange: (facts: Fact[]) => void;
}) {
  const { t } = useTranslation('design');
  const forms = useDefinitionList('form');
  return (
    <ListEditor
      title={t('s.facts')}
      items={facts}
      at="/facts"
      errors={errors}
      onChange={onChange}
      make={(items) => ({
        id: nextId(
          'fact',
          items.map((f) => f.id),
        ),
        type: 'string',
        from: 'input',
      })}
      name={(f) => `${f.id} (${f.type}, from ${f.from}${f.path ? ' ' + f.path : ''})`}
      render={(f, put, at) => <FactFields fact={f} put={put} forms={forms} errors={errors} at={at} />}
    />
  );
}

/** One fact's fields; the deadline, form and connector pickers show only where its origin uses them. */
function FactFields({
  fact: f,
  put,
  forms,
  errors,
  at,
}: {
  fact: Fact;
  put: (fact: Fact) => void;
  forms: readonly DefinitionSummary[];
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const field = fieldProps(f, put, errors, at);
  return (
    <>
      <div className="row">
        <TextField label={t('s.name')} {...field('id')} />
        <SelectField label={t('s.type')} {...field('type')} options={FACT_TYPES} />
        <SelectField label={t('s.from')} {...field('from')} options={FACT_ORIGINS} />
        <TextField
          label={t('s.path_json_pointer')}
          value={f.path}
          onChange={(path) => put({ ...f, path: path || undefined })}
          errors={errors}
          at={`${at}/path`}
          placeholder="/applicant/age"
        />
        {(f.from === 'deadline' || f.deadline !== undefined) && (
          <TextField label={t('s.deadline')} {...field('deadline')} />
        )}
        {(f.from === 'data' || f.form !== undefined) && (
          <SelectField
            label={tx('fact.form')}
            value={f.form ?? '(main)'}
            options={[
              { value: '(main)', label: tx('fact.mainForm') },
              ...ids(forms, f.form).map((id) => ({ value: id, label: id })),
            ]}
            onChange={(form) => put({ ...f, form: form === '(main)' ? undefined : form })}
            errors={errors}
            at={`${at}/form`}
          />
        )}
      </div>
      <LocalizedInput label={t('s.label')} {...field('label')} />
      {(f.from === 'input' || f.connector) && (
        <FactConnectorField
          value={f.connector}
          onChange={(connector) => put({ ...f, connector })}
          errors={errors}
          at={`${at}/connector`}
        />
      )}
      <SourceInput {...field('source')} />
    </>
  );
}
