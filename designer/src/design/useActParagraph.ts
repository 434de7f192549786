import { useEffect, useState } from 'react';
import type { Act } from '../../../runtime/definitions/act';
import { resolveParagraph } from '../../../runtime/definitions/citations';
import { loadPublished } from '../shared/definitionsApi';

const acts = new Map<string, Promise<Act | null>>();

/** An act's id from the doc definitions cite: "004/S1" → "004-s1" (scripts/acts/extractActs.ts names them so). */
export function actIdOf(doc: string): string {
  return doc.toLowerCase().replaceAll('/', '-');
}

/**
 * The text of a cited paragraph, fetched once per act and page load: undefined while loading or
 * when nothing is cited, null when the act has no such paragraph (validate rejects it too).
 */
export function useActParagraph(doc: string | undefined, para: string | undefined): string | null | undefined {
  const [text, setText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    setText(undefined);
    if (!doc || !para) return;
    const id = actIdOf(doc);
    let promise = acts.get(id);
    if (!promise) {
      promise = loadPublished('act', id)
        .then((d) => (d?.kind === 'act' ? d : null))
        .catch(() => null);
      acts.set(id, promise);
    }
    let live = true;
    void promise.then((act) => {
      if (live) setText(act ? (resolveParagraph(act, para)?.text ?? null) : null);
    });
    return () => {
      live = false;
    };
  }, [doc, para]);
  return text;
}
