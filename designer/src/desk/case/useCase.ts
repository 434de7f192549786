import { useCallback, useEffect, useState } from 'react';
import { api, errorText } from '../../shared/api';
import type { CaseView } from '../caseTypes';

/** One case read from the server; `reload` reads it again whole, `setCase` takes an answer that already holds it. */
export function useCase(id: string) {
  const [c, setCase] = useState<CaseView | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(() => {
    api<CaseView>(`/api/cases/${encodeURIComponent(id)}`)
      .then(setCase)
      .catch((e: unknown) => setError(errorText(e)));
  }, [id]);
  useEffect(reload, [reload]);
  return { c, error, reload, setCase };
}
