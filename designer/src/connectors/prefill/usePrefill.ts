import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Static } from '@sinclair/typebox';
import type { CallRecordView, PrefillAnswer } from '../../../../runtime/api/connectors';
import { api, errorText } from '../../shared/api';

/** A recorded call: the contract's call record, with the fields a prefill filled. */
export type CallRecord = Static<typeof CallRecordView> & { filled?: string[] };
export interface CallRow {
  purpose: string;
  connector: string;
  version: number | null;
  ok: boolean;
  at: string;
  record: CallRecord;
}

interface PrefillAsk {
  caseId: string;
  /** how many prefills the form names: none, nothing is read */
  count: number;
  data: unknown;
  onData: (data: Record<string, unknown>) => void;
}

/**
 * The case's connector calls (read once, then each prefill run here added) and running prefill `index`: the server
 * calls the register and answers the data with what it filled; a failed call says why and changes nothing.
 */
export function usePrefill({ caseId, count, data, onData }: PrefillAsk) {
  const { t } = useTranslation('connectors');
  const [calls, setCalls] = useState<CallRow[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    if (count === 0) return;
    api<CallRow[]>(`/api/cases/${caseId}/connector-calls`)
      .then((rows) => live && setCalls(rows))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [caseId, count]);

  const run = async (index: number) => {
    setBusy(true);
    setMessage('');
    try {
      const result = await api<Static<typeof PrefillAnswer>>(`/api/cases/${caseId}/prefill`, {
        method: 'POST',
        body: { prefill: index, data: data ?? {} },
      });
      if (result.call.ok) {
        onData(result.data);
        setMessage(t('filled', { count: result.filled.length }));
      } else {
        setMessage(t(`failure.${result.call.failure ?? 'unavailable'}`));
      }
      const { connector, version, ok, at } = result.call;
      const row = { purpose: 'prefill', connector, version, ok, at, record: { ...result.call, filled: result.filled } };
      setCalls((previous) => [...previous, row]);
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return { calls, message, busy, run };
}
