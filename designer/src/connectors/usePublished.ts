import { useEffect, useState } from 'react';
import { loadPublished } from '../shared/definitionsApi';

/** The published definitions of some ids of one kind (those found), loaded again when the ids change. */
export function usePublished<T>(kind: string, ids: readonly string[]): Map<string, T> {
  const [found, setFound] = useState(new Map<string, T>());
  const key = [...new Set(ids.filter(Boolean))].sort().join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(
      wanted.map((id) =>
        loadPublished(kind, id)
          .then((d) => [id, d as T | null] as const)
          .catch(() => [id, null] as const),
      ),
    ).then((rows) => {
      if (live) setFound(new Map(rows.filter((r): r is readonly [string, Awaited<T>] => r[1] !== null)));
    });
    return () => {
      live = false;
    };
  }, [kind, key]);
  return found;
}
