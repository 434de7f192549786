import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CredentialName } from '../../../../runtime/definitions/connector';
import { api, errorText } from '../../shared/api';
import { schemaPattern } from '../../shared/schemaPattern';

export interface Credential {
  name: string;
  updatedBy: string;
  updatedAt: string;
}

const NAME = schemaPattern(CredentialName);

/**
 * The credentials' names (never a value) and their changes: `save` stores a value under a name (answering whether it
 * did), `remove` deletes one after the user confirms; `message` says what failed, `status` what was done.
 */
export function useCredentials() {
  const { t } = useTranslation('connectorsAdmin');
  const [credentials, setCredentials] = useState<Credential[]>([]);
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState('');

  const reload = useCallback(() => {
    api<Credential[]>('/api/connector-credentials')
      .then(setCredentials)
      .catch((e: unknown) => setMessage(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  const save = async (name: string, value: string): Promise<boolean> => {
    setMessage('');
    setStatus('');
    if (!NAME.test(name)) {
      setMessage(t('credentials.badName'));
      return false;
    }
    try {
      await api(`/api/connector-credentials/${encodeURIComponent(name)}`, { method: 'PUT', body: { value } });
      setStatus(t('credentials.saved', { name }));
      reload();
      return true;
    } catch (e) {
      setMessage(errorText(e));
      return false;
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

  return { credentials, message, status, save, remove };
}
