import { useTranslation } from 'react-i18next';
import type { DefinitionError } from '../../../../runtime/definitions/types';
import { useDefinitionList } from '../../shared/useDefinitionIds';
import { SelectField, TextField } from '../../shared/widgets';
import { ids, usePublished } from './shared';

export interface ConnectorCallValue {
  id: string;
  inputs: Record<string, string>;
}

/**
 * A call of a declared connector: the connector picked from the library, and for each input the connector
 * declares the case value it is given (`data.applicant.iin`, `case.number`). Inputs the definition maps but the
 * connector does not declare stay listed, so a rename on the connector's side shows rather than vanishes.
 */
export function ConnectorCall({
  value,
  onChange,
  errors,
  at,
}: {
  value: ConnectorCallValue;
  onChange: (v: ConnectorCallValue) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation('designerEdit');
  const connectors = useDefinitionList('connector');
  const published = Boolean(connectors.find((c) => c.id === value.id)?.version);
  const connector = usePublished('connector', value.id, published);
  const names = [...new Set([...(connector?.inputs.map((i) => i.name) ?? []), ...Object.keys(value.inputs)])];
  const setInput = (name: string, path: string) => {
    const inputs = { ...value.inputs };
    if (path) inputs[name] = path;
    else delete inputs[name];
    onChange({ ...value, inputs });
  };
  return (
    <fieldset className="connector-call">
      <legend>{t('connector.legend')}</legend>
      <SelectField
        label={t('connector.id')}
        value={value.id}
        options={ids(connectors, value.id)}
        onChange={(id) => onChange({ ...value, id })}
        errors={errors}
        at={`${at}/id`}
      />
      <fieldset className="connector-inputs" data-pointer={`${at}/inputs`}>
        <legend>{t('connector.inputs')}</legend>
        {names.length === 0 && <p className="hint">{t('connector.noInputs')}</p>}
        {names.map((name) => (
          <TextField
            key={name}
            label={name}
            value={value.inputs[name]}
            placeholder="data.applicant.iin"
            onChange={(path) => setInput(name, path)}
            errors={errors}
            at={`${at}/inputs/${name}`}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}
