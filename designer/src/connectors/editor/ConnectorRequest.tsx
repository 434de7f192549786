import { useTranslation } from 'react-i18next';
import type { Connector } from '../../../../runtime/definitions/connector';
import type { DefinitionError } from '../../../../runtime/definitions/types';
import { num } from '../../design/service/shared';
import { SelectField, TextField } from '../../shared/widgets';
import { JsonValueField } from './JsonValueField';
import { KeyValueField } from './KeyValueField';

/** What each part of the connector editor gets: the connector, a setter for some of its properties, the errors. */
export interface PartProps {
  connector: Connector;
  set: (patch: Partial<Connector>) => void;
  errors: readonly DefinitionError[];
}

/** The call the connector makes: method, URL template, headers and (for POST) the body. */
export function ConnectorRequest({ connector, set, errors }: PartProps) {
  const { t } = useTranslation('connectors');
  const { t: ta } = useTranslation('connectorsAdmin');
  return (
    <>
      <SelectField
        label={t('editor.method')}
        value={connector.method}
        options={['GET', 'POST']}
        onChange={(method) => set({ method, ...(method === 'GET' ? { body: undefined } : {}) })}
        errors={errors}
        at="/method"
      />
      <TextField
        label={t('editor.url')}
        value={connector.url}
        onChange={(url) => set({ url })}
        errors={errors}
        at="/url"
      />
      <KeyValueField
        label={ta('editor.headers')}
        value={connector.headers}
        onChange={(headers) => set({ headers })}
        errors={errors}
        at="/headers"
        keyLabel={ta('editor.headerName')}
        valueLabel={ta('editor.headerValue')}
      />
      {connector.method === 'POST' || connector.body !== undefined ? (
        <JsonValueField
          label={ta('editor.body')}
          value={connector.body}
          onChange={(body) => set({ body })}
          errors={errors}
          at="/body"
        />
      ) : null}
    </>
  );
}

/** How long the call may take, how often it is retried, how large an answer may be. */
export function ConnectorLimits({ connector, set, errors }: PartProps) {
  const { t } = useTranslation('connectors');
  const { t: ta } = useTranslation('connectorsAdmin');
  return (
    <fieldset className="row">
      <legend>{ta('editor.limits')}</legend>
      <TextField
        label={t('editor.timeout')}
        type="number"
        value={connector.timeoutMs}
        onChange={(v) => set({ timeoutMs: Number(v) })}
        errors={errors}
        at="/timeoutMs"
      />
      <TextField
        label={t('editor.retries')}
        type="number"
        value={connector.retries}
        onChange={(v) => set({ retries: Number(v) })}
        errors={errors}
        at="/retries"
      />
      <TextField
        label={ta('editor.maxResponseBytes')}
        type="number"
        value={connector.maxResponseBytes}
        onChange={(v) => set({ maxResponseBytes: num(v) })}
        errors={errors}
        at="/maxResponseBytes"
      />
    </fieldset>
  );
}
