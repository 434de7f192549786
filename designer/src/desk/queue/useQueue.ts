import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, errorText } from '../../shared/api';
import type { CaseList } from '../../../../runtime/api/caseShapes';
import { parseQueueState, queueParams, queueUrl, type QueueState } from '../queueState';

/**
 * The queue's state (kept in the address) and the page of cases the server answers for it. `go` moves to another
 * state; `reload` asks again for the same one (after a claim or a release changed a row).
 */
export function useQueue() {
  const [params, setParams] = useSearchParams();
  const state = parseQueueState(params);
  const [answer, setAnswer] = useState<CaseList | null>(null);
  const [error, setError] = useState('');
  const [version, setVersion] = useState(0);
  const url = queueUrl(state);

  useEffect(() => {
    let live = true;
    setError('');
    api<CaseList>(url)
      .then((body) => live && setAnswer(body))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [url, version]);

  return {
    state,
    answer,
    error,
    go: (next: QueueState) => setParams(queueParams(next)),
    reload: () => setVersion((v) => v + 1),
  };
}
