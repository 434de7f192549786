import { useTranslation } from 'react-i18next';
import type { Connector, ConnectorFact } from '../../../runtime/definitions/connector';
import type { DefinitionError } from '../../../runtime/definitions/types';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { CheckField, SelectField, TextField } from '../shared/widgets';
import { CaseInputsField } from './CaseInputsField';
import { usePublished } from './usePublished';

const STATUS = '';

/**
 * An input fact the server fetches through a connector: the connector, where its inputs come from,
 * the output it reads (or the call's status: "ok", "unavailable"…), and the action it is fetched at
 * (empty: at submission). Shown for input facts, and for any fact that already names a connector.
 */
export function FactConnectorField({
  value,
  onChange,
  errors,
  at,
}: {
  value: ConnectorFact | undefined;
  onChange: (value: ConnectorFact | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation('connectorsAdmin');
  const ids = useDefinitionList('connector').map((c) => c.id);
  const connector = usePublished<Connector>('connector', value ? [value.id] : []).get(value?.id ?? '');
  const outputs = [
    ...new Set([...(connector?.outputs.map((o) => o.name) ?? []), ...(value?.output ? [value.output] : [])]),
  ];
  return (
    <fieldset className="fact-connector">
      <legend>{t('facts.legend')}</legend>
      <CheckField
        label={t('facts.through')}
        checked={Boolean(value)}
        onChange={(on) => onChange(on ? { id: ids[0] ?? '', inputs: {} } : undefined)}
      />
      {value && (
        <>
          <div className="row">
            <SelectField
              label={t('handoffs.connector')}
              value={value.id || undefined}
              options={[...new Set([...ids, ...(value.id ? [value.id] : [])])]}
              onChange={(id) => onChange({ ...value, id })}
              errors={errors}
              at={`${at}/id`}
            />
            <SelectField
              label={t('facts.output')}
              value={value.output ?? STATUS}
              options={[{ value: STATUS, label: t('facts.status') }, ...outputs.map((o) => ({ value: o, label: o }))]}
              onChange={(output) => onChange({ ...value, output: output || undefined })}
              errors={errors}
              at={`${at}/output`}
            />
            <TextField
              label={t('facts.at')}
              value={value.at}
              onChange={(action) => onChange({ ...value, at: action || undefined })}
              errors={errors}
              at={`${at}/at`}
              placeholder="issue"
            />
          </div>
          <CaseInputsField
            connector={connector}
            inputs={value.inputs}
            onChange={(inputs) => onChange({ ...value, inputs })}
            at={`${at}/inputs`}
          />
        </>
      )}
    </fieldset>
  );
}
