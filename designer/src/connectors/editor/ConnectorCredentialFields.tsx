import { useTranslation } from 'react-i18next';
import { TextField } from '../../shared/widgets';
import type { PartProps } from './ConnectorRequest';

/** The credential the call carries, by name (its value is the administrator's), in which header, after which prefix. */
export function ConnectorCredentialFields({ connector, set, errors }: PartProps) {
  const { t } = useTranslation('connectors');
  const { t: ta } = useTranslation('connectorsAdmin');
  return (
    <fieldset className="row">
      <legend>{ta('editor.credential')}</legend>
      <TextField
        label={t('editor.credential')}
        value={connector.credential?.name}
        onChange={(name) =>
          set({
            credential: name
              ? { header: 'Authorization', prefix: 'Bearer ', ...connector.credential, name: name.toUpperCase() }
              : undefined,
          })
        }
        errors={errors}
        at="/credential/name"
      />
      {connector.credential && (
        <>
          <TextField
            label={ta('editor.credentialHeader')}
            value={connector.credential.header}
            onChange={(header) => set({ credential: { ...connector.credential!, header } })}
            errors={errors}
            at="/credential/header"
          />
          <TextField
            label={ta('editor.credentialPrefix')}
            value={connector.credential.prefix}
            onChange={(prefix) => set({ credential: { ...connector.credential!, prefix: prefix || undefined } })}
            errors={errors}
            at="/credential/prefix"
          />
        </>
      )}
    </fieldset>
  );
}
