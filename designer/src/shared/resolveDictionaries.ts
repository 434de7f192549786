import { useEffect, useMemo, useState } from 'react';
import type { Dictionary, Form } from '../../../runtime/definitions/types';
import { dictionaryIds, withDictionaries } from '../../../runtime/forms/dictionaries';
import { loadPublished } from './definitionsApi';

type Pin = { id: string; version: number };

/**
 * The form with its dictionary choices filled, as the server fills them: from the versions a case
 * pinned, else the latest published. A dictionary that cannot be loaded leaves its fields with no
 * options (the form still renders; the server refuses any value there).
 */
export async function resolveDictionaries(form: Form, pins?: readonly Pin[]): Promise<Form> {
  const ids = dictionaryIds(form);
  if (!ids.length) return form;
  const loaded = await Promise.all(
    ids.map(async (id) => {
      const version = pins?.find((p) => p.id === id)?.version;
      return (await loadPublished('dictionary', id, version).catch(() => null)) as Dictionary | null;
    }),
  );
  const found = new Map(loaded.filter((d): d is Dictionary => d !== null).map((d) => [d.id, d]));
  const empty = (id: string): Dictionary => ({ kind: 'dictionary', id, title: { en: id }, options: [] });
  return withDictionaries(form, (id) => found.get(id) ?? empty(id));
}

/**
 * The form with its dictionary choices filled from the latest published dictionaries, for the
 * designer's live preview: loaded once per set of names, not on every keystroke.
 */
export function useFormWithDictionaries(form: Form): Form {
  const names = dictionaryIds(form).join(',');
  const [found, setFound] = useState<ReadonlyMap<string, Dictionary>>(new Map());
  useEffect(() => {
    if (!names) return;
    let live = true;
    void Promise.all(
      names.split(',').map((id) => loadPublished('dictionary', id).catch(() => null) as Promise<Dictionary | null>),
    ).then((loaded) => {
      if (live) setFound(new Map(loaded.filter((d): d is Dictionary => d !== null).map((d) => [d.id, d])));
    });
    return () => {
      live = false;
    };
  }, [names]);
  return useMemo(
    () =>
      names
        ? withDictionaries(form, (id) => found.get(id) ?? { kind: 'dictionary', id, title: { en: id }, options: [] })
        : form,
    [form, found, names],
  );
}
