import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import type { Prefill } from '../../../runtime/definitions/connector';
import { fieldPaths } from '../../../runtime/definitions/shape';
import { resolveLabel } from '../../../runtime/i18n/resolveLabel';
import { api, errorText } from '../shared/api';
import { formatInstant } from '../shared/format';
import { useLang } from '../shared/lang';

interface CallRecord {
  ok: boolean;
  connector: string;
  version: number | null;
  at: string;
  failure?: string;
  filled?: string[];
}
interface CallRow {
  purpose: string;
  connector: string;
  version: number | null;
  ok: boolean;
  at: string;
  record: CallRecord;
}

/**
 * Beside the case form: one button per prefill the form names, and the fields a register
 * filled, marked with the connector, version and time, so staff know which values came from
 * the state and which were typed. A failed call says why in the user's language and changes nothing.
 */
export function PrefillPanel({
  caseId,
  form,
  data,
  onData,
}: {
  caseId: string;
  form: Form;
  data: unknown;
  onData: (data: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation('connectors');
  const { lang } = useLang();
  const prefills = (form as Form & { prefill?: Prefill[] }).prefill ?? [];
  const [calls, setCalls] = useState<CallRow[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const paths = fieldPaths(form.fields);
  const label = (path: string) => resolveLabel(paths.get(path)?.label, lang) || path;

  useEffect(() => {
    let live = true;
    if (prefills.length === 0) return;
    api<CallRow[]>(`/api/cases/${caseId}/connector-calls`)
      .then((rows) => live && setCalls(rows))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [caseId, prefills.length]);

  if (prefills.length === 0) return null;

  const run = async (index: number) => {
    setBusy(true);
    setMessage('');
    try {
      const result = await api<{ data: Record<string, unknown>; filled: string[]; call: CallRecord }>(
        `/api/cases/${caseId}/prefill`,
        { method: 'POST', body: { prefill: index, data: data ?? {} } },
      );
      if (result.call.ok) {
        onData(result.data);
        setMessage(t('filled', { count: result.filled.length }));
      } else {
        setMessage(t(`failure.${result.call.failure ?? 'unavailable'}`));
      }
      setCalls((previous) => [
        ...previous,
        {
          purpose: 'prefill',
          connector: result.call.connector,
          version: result.call.version,
          ok: result.call.ok,
          at: result.call.at,
          record: { ...result.call, filled: result.filled },
        },
      ]);
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  // the latest successful call that filled each field
  const marks = new Map<string, CallRow>();
  for (const call of calls) if (call.ok) for (const path of call.record.filled ?? []) marks.set(path, call);

  return (
    <section className="prefill" aria-label={t('heading')} data-testid="prefill-panel">
      <div className="row-actions">
        {prefills.map((prefill, index) => (
          <button
            key={`${prefill.connector}-${index}`}
            type="button"
            disabled={busy}
            data-testid={`prefill-${index}`}
            onClick={() => void run(index)}
          >
            {prefill.button
              ? t('fillBeside', { field: label(prefill.button) })
              : t('fillFrom', { connector: prefill.connector })}
          </button>
        ))}
      </div>
      {message && (
        <p role="status" className="notice" data-testid="prefill-message">
          {message}
        </p>
      )}
      {marks.size > 0 && (
        <ul className="prefilled" data-testid="prefilled">
          {[...marks].map(([path, call]) => (
            <li key={path} data-field={path}>
              {t('prefilledField', {
                field: label(path),
                connector: call.connector,
                version: call.version ?? '—',
                at: formatInstant(call.at),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
