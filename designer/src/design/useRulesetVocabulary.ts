import { useEffect, useState } from 'react';
import type { Ruleset } from '../../../runtime/definitions/types';
import { listDefinitions, loadPublished } from '../shared/definitionsApi';
import type { FactChoice } from './ConditionBuilder';

export interface EventChoice {
  type: string;
  label?: Record<string, string | undefined>;
  /** the ruleset that declares it */
  ruleset: string;
}

export interface RulesetVocabulary {
  facts: FactChoice[];
  events: EventChoice[];
}

/** Facts every evaluation has (runtime BUILTIN_FACTS). */
const BUILTIN: FactChoice[] = [{ id: 'channel' }, { id: 'now' }, { id: 'events' }];

let loaded: Promise<RulesetVocabulary> | null = null;

/** The vocabulary of the published rulesets, from their definitions (pure: tested apart). */
export function vocabularyOf(rulesets: readonly Ruleset[]): RulesetVocabulary {
  const facts = new Map<string, FactChoice>(BUILTIN.map((f) => [f.id, f]));
  const events = new Map<string, EventChoice>();
  for (const ruleset of rulesets) {
    for (const fact of ruleset.facts) if (!facts.has(fact.id)) facts.set(fact.id, { id: fact.id, type: fact.type });
    for (const event of ruleset.events)
      if (!events.has(event.type))
        events.set(event.type, { type: event.type, label: event.label as EventChoice['label'], ruleset: ruleset.id });
  }
  return {
    facts: [...facts.values()],
    events: [...events.values()].sort((a, b) => a.type.localeCompare(b.type)),
  };
}

/**
 * The facts and events the published rulesets declare, for the process editor's pickers: a condition names
 * what exists instead of free text (a typo there used to send every case down "otherwise"). Once per page load.
 */
export function useRulesetVocabulary(): RulesetVocabulary {
  const [vocabulary, setVocabulary] = useState<RulesetVocabulary>({ facts: BUILTIN, events: [] });
  useEffect(() => {
    loaded ??= listDefinitions('ruleset')
      // only published ones: a draft-only ruleset has nothing a case could evaluate (and would answer 404)
      .then((rows) =>
        Promise.all(rows.filter((r) => r.version).map((row) => loadPublished('ruleset', row.id).catch(() => null))),
      )
      .then((found) => vocabularyOf(found.filter((r): r is Ruleset => r?.kind === 'ruleset')))
      .catch(() => ({ facts: BUILTIN, events: [] }));
    let live = true;
    void loaded.then((v) => live && setVocabulary(v));
    return () => {
      live = false;
    };
  }, []);
  return vocabulary;
}
