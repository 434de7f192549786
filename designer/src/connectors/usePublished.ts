import { useEffect, useState } from 'react';
import { loadPublished } from '../shared/definitionsApi';
import { useDefinitionList } from '../shared/useDefinitionIds';

/**
 * The published definitions of some ids of one kind, loaded again when the ids change. Only ids
 * the library lists as published are asked for: a draft or missing one is no request (a 404 in
 * the browser's console) and is simply absent from the map.
 */
export function usePublished<T>(kind: string, ids: readonly string[]): Map<string, T> {
  const [found, setFound] = useState(new Map<string, T>());
  const published = new Set(
    useDefinitionList(kind)
      .filter((d) => d.version)
      .map((d) => d.id),
  );
  const key = [...new Set(ids.filter((id) => published.has(id)))].sort().join(',');
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
