import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../shared/api';

interface Host {
  host: string;
  allowPrivate: boolean;
}

/**
 * The administrator's allowlist of hosts connectors may reach. A connector aimed elsewhere
 * fails; private and loopback addresses need the explicit box, so analysts cannot reach
 * the server's own network by writing a URL.
 */
export function ConnectorHosts() {
  const { t } = useTranslation('connectors');
  const [hosts, setHosts] = useState<Host[]>([]);
  const [host, setHost] = useState('');
  const [allowPrivate, setAllowPrivate] = useState(false);
  const [message, setMessage] = useState('');

  const reload = useCallback(() => {
    api<Host[]>('/api/connector-hosts')
      .then(setHosts)
      .catch((e: unknown) => setMessage(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  const add = async () => {
    setMessage('');
    try {
      await api('/api/connector-hosts', { method: 'PUT', body: { host, allowPrivate } });
      setHost('');
      setAllowPrivate(false);
      reload();
    } catch (e) {
      setMessage(errorText(e));
    }
  };
  const remove = async (name: string) => {
    try {
      await api(`/api/connector-hosts/${encodeURIComponent(name)}`, { method: 'DELETE' });
      reload();
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <section className="panel connector-hosts" aria-labelledby="connector-hosts-heading">
      <h2 id="connector-hosts-heading">{t('hosts.heading')}</h2>
      {message && <p role="alert">{message}</p>}
      {hosts.length === 0 ? (
        <p>{t('hosts.none')}</p>
      ) : (
        <ul data-testid="connector-hosts">
          {hosts.map((h) => (
            <li key={h.host}>
              <code>{h.host}</code> — {h.allowPrivate ? t('hosts.private') : t('hosts.public')}{' '}
              <button type="button" onClick={() => void remove(h.host)}>
                {t('hosts.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="row-actions"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          {t('hosts.host')} <input name="host" value={host} onChange={(e) => setHost(e.target.value)} required />
        </label>
        <label>
          <input
            type="checkbox"
            name="allowPrivate"
            checked={allowPrivate}
            onChange={(e) => setAllowPrivate(e.target.checked)}
          />{' '}
          {t('hosts.allowPrivate')}
        </label>
        <button type="submit">{t('hosts.add')}</button>
      </form>
    </section>
  );
}
