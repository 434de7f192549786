import { useEffect, useState } from 'react';
import type { Definition, DefinitionError } from '../../../runtime/definitions/types';
import type { DefinitionList } from '../../../runtime/api/definitions';
import { request } from '../shared/api';
import { loadPublished } from '../shared/definitionsApi';
import { crossProblems, referencedDefinitions } from './referencedDefinitions';

const DELAY_MS = 400;

/**
 * The kinds whose references referencedDefinitions() lists completely. A process is left to
 * publishing: whether its conditions' facts are declared depends on every ruleset, not on ones it names.
 */
const CHECKED = new Set(['service', 'checklist']);

/** Which kind/id pairs have a published version: one request for the whole library. */
async function publishedIds(): Promise<Set<string>> {
  const { body } = await request<DefinitionList>('/api/definitions');
  return new Set(
    body.definitions.filter((r) => typeof r.version === 'number' && r.version > 0).map((r) => `${r.kind}/${r.id}`),
  );
}

/**
 * What crossCheck() finds wrong with this definition against the published ones it refers to, as
 * publishing would: a service whose form or process does not exist (or exists only as a draft)
 * has a problem, so the editor never calls it valid. `pending` while the check runs after an edit.
 * Only published definitions are asked for, so no request fails on a missing one.
 */
export function useCrossCheck(definition: Definition | null): { errors: DefinitionError[]; pending: boolean } {
  const [result, setResult] = useState<{ of: Definition | null; errors: DefinitionError[] }>({ of: null, errors: [] });
  const checked = definition !== null && CHECKED.has(definition.kind);
  useEffect(() => {
    if (!definition || !CHECKED.has(definition.kind)) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const published = await publishedIds();
          const wanted = referencedDefinitions(definition).filter((r) => published.has(`${r.kind}/${r.id}`));
          const others = (await Promise.all(wanted.map((r) => loadPublished(r.kind, r.id)))).filter(
            (d): d is Definition => d !== null,
          );
          const errors = crossProblems(definition, others);
          if (!cancelled) setResult({ of: definition, errors });
        } catch {
          // the library could not be read: say nothing rather than something wrong; publishing still checks
          if (!cancelled) setResult({ of: definition, errors: [] });
        }
      })();
    }, DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [definition]);
  if (!checked) return { errors: [], pending: false };
  return { errors: result.of === definition ? result.errors : [], pending: result.of !== definition };
}
