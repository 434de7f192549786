import type { Act } from './act';
import type { Definition, SetError, Source } from './types';

/** Every `source` in a definition with the JSON pointer to it. */
export function citationsOf(definition: unknown, at = ''): { path: string; source: Source }[] {
  if (definition === null || typeof definition !== 'object') return [];
  if (Array.isArray(definition)) return definition.flatMap((item, i) => citationsOf(item, `${at}/${i}`));
  const found: { path: string; source: Source }[] = [];
  for (const [key, value] of Object.entries(definition as Record<string, unknown>)) {
    const path = `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (key === 'source' && value && typeof value === 'object' && 'doc' in value && 'para' in value) {
      found.push({ path, source: value as Source });
    } else found.push(...citationsOf(value, path));
  }
  return found;
}

/** The paragraph a citation resolves to: itself, or the appendix whose named parts it cites ("App2.Q14" → "App2"). */
export function resolveParagraph(act: Act, para: string): Act['paragraphs'][number] | undefined {
  const exact = act.paragraphs.find((p) => p.id === para);
  if (exact) return exact;
  // a range "App2.H1-H3" or "4.1-4.3": each end must resolve
  return act.paragraphs.find((p) => p.parts && para.startsWith(`${p.id}.`));
}

/**
 * Once a set holds acts, every `source: {doc, para}` must name an act of the set and a
 * paragraph that exists in it (an appendix covers its named parts). A set without acts
 * (a test's small sample) is not checked.
 */
export function checkCitations(definitions: readonly Definition[]): SetError[] {
  const acts = new Map<string, Act>();
  for (const d of definitions) if (d.kind === 'act') acts.set(d.doc, d);
  if (acts.size === 0) return [];
  const errors: SetError[] = [];
  for (const d of definitions) {
    if (d.kind === 'act') continue;
    for (const { path, source } of citationsOf(d)) {
      const act = acts.get(source.doc);
      if (!act) {
        errors.push({
          kind: d.kind,
          id: d.id,
          path: `${path}/doc`,
          message: `no act "${source.doc}" in definitions/acts`,
        });
        continue;
      }
      const cited = [
        { para: source.para, at: `${path}/para` },
        ...(source.also ?? []).map((para, i) => ({ para, at: `${path}/also/${i}` })),
      ];
      for (const { para: citedPara, at } of cited) {
        const ends =
          /^(App\d*\.)?[^-]+-[^-]+$/.test(citedPara) && !/^\d+-\d+$/.test(citedPara)
            ? rangeEnds(citedPara)
            : [citedPara];
        for (const para of ends) {
          if (!resolveParagraph(act, para)) {
            errors.push({
              kind: d.kind,
              id: d.id,
              path: at,
              message: `act "${source.doc}" has no paragraph "${para}"`,
            });
          }
        }
      }
    }
  }
  return errors;
}

/** "App2.H4-H10" → ["App2.H4", "App2.H10"]; "4.1-4.3" → ["4.1", "4.3"]. */
function rangeEnds(para: string): string[] {
  const [first, last] = para.split('-') as [string, string];
  if (last.includes('.') || !first.includes('.')) return [first, last];
  return [first, `${first.slice(0, first.lastIndexOf('.') + 1)}${last}`];
}
