import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CredentialForm } from './credentials/CredentialForm';
import { CredentialTable } from './credentials/CredentialTable';
import { useCredentials } from './credentials/useCredentials';

/**
 * The administrator's connector credentials: names and who set them, never a value. A value is
 * typed into a password box, sent once to be stored sealed (AES-256-GCM) and cleared from the page;
 * replacing one sends a new value under the same name; deleting makes connectors fall back to
 * the server's environment (QAGIDA_CREDENTIAL_<NAME>).
 */
export function ConnectorCredentials() {
  const { t } = useTranslation('connectorsAdmin');
  const { credentials, message, status, save, remove } = useCredentials();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');

  const submit = async () => {
    if (!(await save(name, value))) return;
    setName('');
    setValue('');
  };

  return (
    <section className="panel connector-credentials" aria-labelledby="connector-credentials-heading">
      <h2 id="connector-credentials-heading">{t('credentials.heading')}</h2>
      <p className="hint">{t('credentials.hint')}</p>
      {message && <p role="alert">{message}</p>}
      {status && (
        <p role="status" data-testid="credential-status">
          {status}
        </p>
      )}
      <CredentialTable credentials={credentials} onReplace={setName} onDelete={(n) => void remove(n)} />
      <CredentialForm name={name} onName={setName} value={value} onValue={setValue} onSave={() => void submit()} />
    </section>
  );
}
