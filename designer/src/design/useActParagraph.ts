import { useEffect, useState } from 'react';
import type { Act } from '../../../runtime/definitions/act';
import { resolveParagraph } from '../../../runtime/definitions/citations';
import { loadPublished } from '../shared/definitionsApi';

const acts = new Map<string, Promise<Act | null>>();

/** An act's id from the doc definitions cite: "004/S1" → "004-s1" (scripts/acts/extractActs.ts names them so). */
export function actIdOf(doc: string): string {
  return doc.toLowerCase().replaceAll('/', '-');
}

function loadAct(doc: string): Promise<Act | null> {
  const id = actIdOf(doc);
  let promise = acts.get(id);
  if (!promise) {
    promise = loadPublished('act', id)
      .then((d) => (d?.kind === 'act' ? d : null))
      .catch(() => null);
    acts.set(id, promise);
  }
  return promise;
}

/**
 * The texts of cited paragraphs of one act, fetched once per act and page load: undefined while
 * loading or when nothing is cited; per paragraph, null when the act has no such paragraph
 * (validate rejects it too).
 */
export function useActParagraphs(doc: string | undefined, paras: readonly string[]): (string | null)[] | undefined {
  const [texts, setTexts] = useState<(string | null)[] | undefined>(undefined);
  const key = paras.join('\n');
  useEffect(() => {
    setTexts(undefined);
    const wanted = key ? key.split('\n') : [];
    if (!doc || wanted.length === 0) return;
    let live = true;
    void loadAct(doc).then((act) => {
      if (live) setTexts(wanted.map((para) => (act ? (resolveParagraph(act, para)?.text ?? null) : null)));
    });
    return () => {
      live = false;
    };
  }, [doc, key]);
  return texts;
}

/** The text of one cited paragraph (see useActParagraphs). */
export function useActParagraph(doc: string | undefined, para: string | undefined): string | null | undefined {
  return useActParagraphs(doc, para ? [para] : [])?.[0];
}
