import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Calendar, Definition, Service } from '../../../runtime/definitions/types';
import type { CaseList } from '../../../runtime/api/caseShapes';
import type { CalendarImpact } from '../../../runtime/api/dryRuns';
import { ApiError, api, errorText } from '../shared/api';
import { loadPublished } from '../shared/definitionsApi';
import { formatInstant } from '../shared/format';
import { impactOf, type Impact } from './calendarImpact';
import { GridTable } from '../shared/GridTable';

/** In the browser, only for a server without POST /api/calendars/:id/impact (it answers 404): the in-flight cases' deadlines on the published and the edited calendar. */
async function impactInBrowser(edited: Calendar): Promise<Impact[]> {
  const published = (await loadPublished('calendar', edited.id)) as Calendar | null;
  if (!published) return [];
  // list rows: without a case's pins or history, the service's latest version and calendar stand in
  const { cases } = await api<CaseList>('/api/cases?status=in-progress&limit=1000');
  const services = new Map<string, Service>();
  for (const id of new Set(cases.map((c) => c.service))) {
    const service = (await loadPublished('service', id)) as Service | null;
    if (service) services.set(id, service);
  }
  return impactOf(cases, services, published, edited);
}

/** Which deadlines of cases in flight would move if this calendar were published. */
export function ImpactPreview({ definition }: { definition: Definition }) {
  const { t } = useTranslation('calendar');
  const [rows, setRows] = useState<Impact[] | null>(null);
  const [source, setSource] = useState<'' | 'impactByServer' | 'impactInBrowser'>('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (definition.kind !== 'calendar') return null;
  const timeZone = definition.timeZone;

  const run = async () => {
    setBusy(true);
    setError('');
    try {
      // the server replays every case in flight, current step limits included; the browser sees only a page of them
      const answer = await api<CalendarImpact>(`/api/calendars/${encodeURIComponent(definition.id)}/impact`, {
        method: 'POST',
        body: { definition },
      }).catch((e: unknown) => {
        if (!(e instanceof ApiError && e.status === 404)) throw e;
        return null;
      });
      if (answer !== null) {
        setRows(answer);
        setSource('impactByServer');
      } else {
        setRows(await impactInBrowser(definition));
        setSource('impactInBrowser');
      }
    } catch (e) {
      setRows(null);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel impact" aria-label={t('impactPreview')}>
      <header>
        <h2>{t('impactTitle')}</h2>
        <button type="button" onClick={() => void run()} disabled={busy}>
          {t('previewImpact')}
        </button>
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {source && (
        <p className="muted" data-testid="impact-source">
          {t(source)}
        </p>
      )}
      {rows &&
        (rows.length === 0 ? (
          <p role="status">{t('impactNone')}</p>
        ) : (
          <GridTable
            testId="impact-table"
            headings={[
              t('impactCase'),
              t('impactService'),
              t('impactDeadline'),
              t('impactDueNow'),
              t('impactDueAfter'),
            ]}
            rows={rows}
            row={(r) => (
              <tr key={`${r.case}:${r.deadline}`}>
                <td>
                  <Link to={`/desk/cases/${r.case}`}>{r.case}</Link>
                </td>
                <td>{r.service ?? ''}</td>
                <td>{r.deadline}</td>
                <td>{formatInstant(r.before, timeZone)}</td>
                <td>{formatInstant(r.after, timeZone)}</td>
              </tr>
            )}
          />
        ))}
    </section>
  );
}
