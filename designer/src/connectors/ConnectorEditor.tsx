import { useTranslation } from 'react-i18next';
import type { Connector } from '../../../runtime/definitions/connector';
import type { EditorProps } from '../design/editorProps';
import { SourceInput } from '../design/SourceInput';
import { LocalizedInput } from '../shared/widgets';
import { ConnectorIo } from './editor/ConnectorIo';
import { ConnectorCredentialFields } from './editor/ConnectorCredentialFields';
import { ConnectorLimits, ConnectorRequest } from './editor/ConnectorRequest';
import { ResponseSchemaField } from './editor/ResponseSchemaField';
import { TryConnector } from './editor/TryConnector';

/**
 * A connector edited with widgets: the call (method, URL template, headers, body, timeout,
 * retries, answer size), the credential's name, inputs and outputs, the response schema, and a
 * "try it" that calls the draft as it stands with sample inputs (kept as the connector's sample),
 * through the server and its allowlist, and shows the mapped outputs.
 */
export function ConnectorEditor({ definition: connector, onChange, errors }: EditorProps<Connector>) {
  const { t } = useTranslation('connectors');
  const set = (patch: Partial<Connector>) => onChange({ ...connector, ...patch });
  return (
    <div className="connector-editor">
      <LocalizedInput
        label={t('editor.title')}
        value={connector.title}
        onChange={(title) => set({ title })}
        errors={errors}
        at="/title"
      />
      <SourceInput value={connector.source} onChange={(source) => set({ source })} errors={errors} at="/source" />
      <ConnectorRequest connector={connector} set={set} errors={errors} />
      <ConnectorLimits connector={connector} set={set} errors={errors} />
      <ConnectorCredentialFields connector={connector} set={set} errors={errors} />
      <ConnectorIo connector={connector} set={set} errors={errors} />
      <ResponseSchemaField
        value={connector.responseSchema}
        onChange={(responseSchema) => set({ responseSchema })}
        errors={errors}
        at="/responseSchema"
      />
      <TryConnector connector={connector} set={set} />
    </div>
  );
}
