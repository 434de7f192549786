import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Service } from '../../../runtime/definitions/types';
import { api, errorText } from '../shared/api';
import { loadPublished } from '../shared/definitionsApi';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { useDefinitionList } from '../shared/useDefinitionIds';
import type { CaseView } from './caseTypes';
import { StartPrefillFields } from '../connectors/StartPrefillFields';

/** Staff start a case: a published service and the channel it came by. */
export function DeskHome() {
  const services = useDefinitionList('service').filter((s) => s.version);
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const navigate = useNavigate();
  const [serviceId, setServiceId] = useState('');
  const [service, setService] = useState<Service | null>(null);
  const [channel, setChannel] = useState('');
  const [error, setError] = useState('');
  const [startData, setStartData] = useState<Record<string, unknown>>();

  useEffect(() => {
    setService(null);
    if (!serviceId) return;
    loadPublished('service', serviceId)
      .then((s) => {
        setService(s as Service);
        setChannel((s as Service | null)?.channels[0]?.id ?? '');
      })
      .catch((e: unknown) => setError(errorText(e)));
  }, [serviceId]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      const created = await api<CaseView>('/api/cases', {
        method: 'POST',
        body: { service: serviceId, channel, ...(startData ? { data: startData } : {}) },
      });
      await navigate(`/desk/cases/${created.id}`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="desk-home">
      <h1>{t('home.title')}</h1>
      <nav className="subnav" aria-label={t('home.title')}>
        <Link to="/desk/queue">{t('queue.title')}</Link>
        <Link to="/desk/reports">{t('reports.title')}</Link>
        <Link to="/desk/drafts">{t('drafts.link')}</Link>
      </nav>
      <form onSubmit={(e) => void start(e)} className="panel start-case" aria-label={t('home.start')}>
        <h2>{t('home.start')}</h2>
        <label>
          {t('home.service')}
          <select name="service" value={serviceId} onChange={(e) => setServiceId(e.target.value)} required>
            <option value="">{t('home.choose')}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {resolveLabel(s.title ?? undefined, lang) || t('unknown')} ({t('case.version', { version: s.version })})
              </option>
            ))}
          </select>
        </label>
        {service && (
          <fieldset>
            <legend>{t('home.channel')}</legend>
            {service.channels.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="radio"
                  name="channel"
                  value={c.id}
                  checked={channel === c.id}
                  onChange={() => setChannel(c.id)}
                />{' '}
                {resolveLabel(c.label, lang)}
              </label>
            ))}
          </fieldset>
        )}
        {service && <StartPrefillFields formId={service.form} onData={setStartData} />}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={!serviceId || !channel}>
          {t('home.startCase')}
        </button>
      </form>
    </section>
  );
}
