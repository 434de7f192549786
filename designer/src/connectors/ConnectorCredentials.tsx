import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../shared/api';
import { formatInstant } from '../shared/format';

interface Credential {
  name: string;
  updatedBy: string;
  updatedAt: string;
}

const NAME = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * The administrator's connector credentials: names and who set them, never a value. A value is
 * typed into a password box, sent once to be stored sealed (AES-256-GCM) and cleared from the page;
 * replacing one sends a new value under the same name; deleting makes connectors fall back to
 * the server's environment (QAGIDA_CREDENTIAL_<NAME>).
 */
export function ConnectorCredentials() {
  const { t } = useTranslation('connectorsAdmin');
  const [credentials, setCredentials] = useState<Credential[]>([]);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState('');

  const reload = useCallback(() => {
    api<Credential[]>('/api/connector-credentials')
      .then(setCredentials)
      .catch((e: unknown) => setMessage(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  const save = async () => {
    setMessage('');
    setStatus('');
    if (!NAME.test(name)) {
      setMessage(t('credentials.badName'));
      return;
    }
    try {
      await api(`/api/connector-credentials/${encodeURIComponent(name)}`, { method: 'PUT', body: { value } });
      setStatus(t('credentials.saved', { name }));
      setName('');
      setValue('');
      reload();
    } catch (e) {
      setMessage(errorText(e));
    }
  };
  const remove = async (credential: string) => {
    setMessage('');
    setStatus('');
    if (!window.confirm(t('credentials.confirmDelete', { name: credential }))) return;
    try {
      await api(`/api/connector-credentials/${encodeURIComponent(credential)}`, { method: 'DELETE' });
      setStatus(t('credentials.deleted', { name: credential }));
      reload();
    } catch (e) {
      setMessage(errorText(e));
    }
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
      {credentials.length === 0 ? (
        <p>{t('credentials.none')}</p>
      ) : (
        <table data-testid="connector-credentials">
          <thead>
            <tr>
              <th scope="col">{t('credentials.name')}</th>
              <th scope="col">{t('credentials.setBy')}</th>
              <th scope="col">{t('credentials.value')}</th>
              <th scope="col">{t('credentials.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => (
              <tr key={c.name}>
                <th scope="row">
                  <code>{c.name}</code>
                </th>
                <td>{t('credentials.by', { user: c.updatedBy, at: formatInstant(c.updatedAt) })}</td>
                <td>{t('credentials.hidden')}</td>
                <td>
                  <button type="button" onClick={() => setName(c.name)}>
                    {t('credentials.replace')}
                  </button>{' '}
                  <button type="button" onClick={() => void remove(c.name)}>
                    {t('credentials.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="row-actions"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('credentials.name')}{' '}
          <input
            name="credentialName"
            value={name}
            onChange={(e) => setName(e.target.value.toUpperCase())}
            pattern="[A-Z][A-Z0-9_]{0,63}"
            required
          />
        </label>
        <label>
          {t('credentials.newValue')}{' '}
          <input
            type="password"
            name="credentialValue"
            autoComplete="new-password"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            required
          />
        </label>
        <button type="submit">{t('credentials.save')}</button>
      </form>
    </section>
  );
}
