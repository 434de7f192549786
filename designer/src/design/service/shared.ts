import { useEffect, useState } from 'react';
import type { Definition, DefinitionError, Form, Service } from '../../../../runtime/definitions/types';
import { loadPublished } from '../../shared/definitionsApi';

/** What every section of the service editor gets: the service, a setter for one of its properties, the errors. */
export interface SectionProps {
  s: Service;
  set: <K extends keyof Service>(key: K, value: Service[K]) => void;
  errors: readonly DefinitionError[];
}

export const int = (v: string) => (v.trim() === '' ? undefined : Math.trunc(Number(v)));
export const num = (text: string) => (text.trim() === '' ? undefined : Number(text));
export const hasText = (text: Record<string, string | undefined>) => Object.values(text).some((v) => !!v);

/** The first free `${stem}${n}` among the ids taken, for a new item (a section's row, a fact, an event, a rule). */
export const nextId = (stem: string, taken: readonly string[]) => {
  let n = taken.length + 1;
  while (taken.includes(`${stem}${n}`)) n++;
  return `${stem}${n}`;
};

/** The ids to offer in a picker: the current value first (even if not declared, so it stays visible), then the list's. */
export const ids = (rows: readonly { id: string }[], current?: string) => [
  ...new Set([...(current ? [current] : []), ...rows.map((r) => r.id)]),
];

/** The published definition of a kind, or null (not published yet, or the server is away). */
export function usePublished<K extends Definition['kind']>(
  kind: K,
  id: string | undefined,
  published: boolean,
): Extract<Definition, { kind: K }> | null {
  const [found, setFound] = useState<Extract<Definition, { kind: K }> | null>(null);
  useEffect(() => {
    if (!published || !id) return;
    let live = true;
    loadPublished(kind, id)
      .then((d) => live && setFound(d?.kind === kind ? (d as Extract<Definition, { kind: K }>) : null))
      .catch(() => live && setFound(null));
    return () => {
      live = false;
    };
  }, [kind, id, published]);
  return found;
}

/** The application form (once published), for the fields a conditional document can be asked on. */
export function useApplicationForm(id: string, published: boolean): Form | null {
  return usePublished('form', id, published);
}
