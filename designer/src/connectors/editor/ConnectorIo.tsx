import { useTranslation } from 'react-i18next';
import type { Connector, ConnectorInput, ConnectorOutput } from '../../../../runtime/definitions/connector';
import type { DefinitionError } from '../../../../runtime/definitions/types';
import { ListEditor } from '../../design/ListEditor';
import { SourceInput } from '../../design/SourceInput';
import { LocalizedInput, TextField } from '../../shared/widgets';

/** What the connector needs (inputs a URL or body names as {name}) and what it gives (outputs read by JSON pointer). */
export function ConnectorIo({
  connector,
  set,
  errors,
}: {
  connector: Connector;
  set: (patch: Partial<Connector>) => void;
  errors: readonly DefinitionError[];
}) {
  const { t } = useTranslation('connectorsAdmin');
  return (
    <>
      <ListEditor<ConnectorInput>
        title={t('editor.inputs')}
        items={connector.inputs}
        at="/inputs"
        errors={errors}
        onChange={(inputs) => set({ inputs })}
        make={(items) => ({ name: `input${items.length + 1}`, label: { en: '' } })}
        name={(input) => input.name}
        render={(input, put, at) => (
          <>
            <TextField
              label={t('editor.name')}
              value={input.name}
              onChange={(name) => put({ ...input, name })}
              errors={errors}
              at={`${at}/name`}
            />
            <LocalizedInput
              label={t('editor.label')}
              value={input.label}
              onChange={(label) => put({ ...input, label })}
              errors={errors}
              at={`${at}/label`}
            />
            <TextField
              label={t('editor.pattern')}
              value={input.pattern}
              onChange={(pattern) => put({ ...input, pattern: pattern || undefined })}
              errors={errors}
              at={`${at}/pattern`}
              placeholder="^[0-9]{12}$"
            />
          </>
        )}
      />
      <ListEditor<ConnectorOutput>
        title={t('editor.outputs')}
        items={connector.outputs}
        at="/outputs"
        errors={errors}
        onChange={(outputs) => set({ outputs })}
        make={(items) => ({ name: `output${items.length + 1}`, label: { en: '' }, from: '/' })}
        name={(output) => `${output.name} ← ${output.from}`}
        render={(output, put, at) => (
          <>
            <TextField
              label={t('editor.name')}
              value={output.name}
              onChange={(name) => put({ ...output, name })}
              errors={errors}
              at={`${at}/name`}
            />
            <LocalizedInput
              label={t('editor.label')}
              value={output.label}
              onChange={(label) => put({ ...output, label })}
              errors={errors}
              at={`${at}/label`}
            />
            <TextField
              label={t('editor.from')}
              value={output.from}
              onChange={(from) => put({ ...output, from })}
              errors={errors}
              at={`${at}/from`}
              placeholder="/fullName"
            />
            <SourceInput
              value={output.source}
              onChange={(source) => put({ ...output, source })}
              errors={errors}
              at={`${at}/source`}
            />
          </>
        )}
      />
    </>
  );
}
