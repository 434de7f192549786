import { citationsOf } from '../../../runtime/definitions/citations';
import type { Kind } from '../../../runtime/definitions/kinds';
import { crossCheck } from '../../../runtime/definitions/crossCheck';
import type { Definition, DefinitionError } from '../../../runtime/definitions/types';

/**
 * The definitions `definition` refers to by id, which crossCheck() needs beside it to judge its
 * references: for a service its forms, calendar, rulesets, templates and processes; for a checklist
 * its ruleset; for every kind the acts its citations name.
 */
export function referencedDefinitions(definition: Definition): { kind: Kind; id: string }[] {
  const found: { kind: Kind; id: string }[] = [];
  const add = (kind: Kind, id: unknown) => {
    if (typeof id === 'string' && id !== '' && !found.some((f) => f.kind === kind && f.id === id))
      found.push({ kind, id });
  };
  if (definition.kind === 'service') {
    add('form', definition.form);
    definition.forms?.forEach((id) => add('form', id));
    if (definition.survey) add('form', definition.survey);
    add('calendar', definition.calendar);
    definition.rulesets.forEach((id) => add('ruleset', id));
    definition.outputs.forEach((o) => add('template', o.template));
    definition.channels.forEach((c) => add('process', c.process));
  }
  if (definition.kind === 'checklist') add('ruleset', definition.ruleset);
  for (const { source } of citationsOf(definition)) add('act', source.doc);
  return found;
}

/** What crossCheck() says about `definition` itself, given the published definitions it refers to. */
export function crossProblems(definition: Definition, others: readonly Definition[]): DefinitionError[] {
  return crossCheck([...others.filter((d) => !(d.kind === definition.kind && d.id === definition.id)), definition])
    .filter((e) => e.kind === definition.kind && e.id === definition.id)
    .map(({ path, message }) => ({ path, message }));
}
