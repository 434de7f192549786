import type { Act } from './act';
import { citationsOf, resolveParagraph } from './citations';
import type { Definition, LocalizedText } from './types';

export interface CitedBy {
  kind: string;
  id: string;
  path: string;
  /** the paragraph as cited, e.g. "App2.Q14" for the appendix App2 */
  para: string;
}

export type ParagraphCoverage =
  | { id: string; status: 'encoded'; citedBy: CitedBy[] }
  | { id: string; status: 'not-applicable'; reason: LocalizedText }
  | { id: string; status: 'missing' };

export interface ActCoverage {
  act: string;
  doc: string;
  paragraphs: ParagraphCoverage[];
  counts: { encoded: number; notApplicable: number; missing: number; total: number };
}

/**
 * For each act, what of it the definitions encode: a paragraph is encoded when a definition
 * cites it (or a named part of it, or one of its subpoints: citing 8.2 covers point 8);
 * otherwise it is marked not applicable with a reason, or missing.
 */
export function actCoverage(definitions: readonly Definition[]): ActCoverage[] {
  const acts = definitions.filter((d): d is Act => d.kind === 'act');
  const byDoc = new Map(acts.map((a) => [a.doc, a]));
  const cited = new Map<string, CitedBy[]>();
  for (const d of definitions) {
    if (d.kind === 'act') continue;
    for (const { path, source } of citationsOf(d)) {
      const act = byDoc.get(source.doc);
      if (!act) continue;
      const ids = new Set<string>();
      for (const cited of [source.para, ...(source.also ?? [])]) {
        // "76-1" is a paragraph of its own; "4.1-4.3" and "App2.H1-H3" are ranges covering their ends
        const exact = act.paragraphs.find((p) => p.id === cited);
        for (const para of !exact && cited.split(/-(?=[A-Za-z]*\d)/).length > 1
          ? [cited, ...cited.split('-')]
          : [cited]) {
          const paragraph = resolveParagraph(act, para);
          if (paragraph) ids.add(paragraph.id);
        }
      }
      // a subpoint covers its point: 8.2 → 8
      for (const id of [...ids])
        for (let i = id.lastIndexOf('.'); i > 0; i = id.lastIndexOf('.', i - 1)) ids.add(id.slice(0, i));
      for (const id of ids) {
        const key = `${act.doc}#${id}`;
        cited.set(key, [...(cited.get(key) ?? []), { kind: d.kind, id: d.id, path, para: source.para }]);
      }
    }
  }
  return acts
    .filter((a) => !a.external)
    .map((act) => {
      const paragraphs = act.paragraphs.map((p): ParagraphCoverage => {
        const by = cited.get(`${act.doc}#${p.id}`);
        if (by) return { id: p.id, status: 'encoded', citedBy: by };
        if (p.notApplicable) return { id: p.id, status: 'not-applicable', reason: p.notApplicable.reason };
        return { id: p.id, status: 'missing' };
      });
      const count = (s: ParagraphCoverage['status']) => paragraphs.filter((p) => p.status === s).length;
      return {
        act: act.id,
        doc: act.doc,
        paragraphs,
        counts: {
          encoded: count('encoded'),
          notApplicable: count('not-applicable'),
          missing: count('missing'),
          total: paragraphs.length,
        },
      };
    });
}
