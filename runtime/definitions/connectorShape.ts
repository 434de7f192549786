import { compileForeignSchema } from './ajv';
import { HANDOFF_EVENTS, type Connector, type Handoff, type Prefill } from './connector';
import type { Ruleset } from './ruleset';
import type { Form } from './form';
import { patternProblem } from './patterns';
import { fieldPaths, uniqueIds } from './shape';
import type { DefinitionError } from './types';

/** The {name} placeholders of a URL template or a body string. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
}

function bodyStrings(body: unknown, at: string): { text: string; path: string }[] {
  if (typeof body === 'string') return [{ text: body, path: at }];
  if (Array.isArray(body)) return body.flatMap((b, i) => bodyStrings(b, `${at}/${i}`));
  if (body && typeof body === 'object') {
    return Object.entries(body).flatMap(([k, v]) =>
      bodyStrings(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
    );
  }
  return [];
}

/** What a connector's schema cannot say: placeholders name inputs, names are unique, the schemas compile. */
export function checkConnector(connector: Connector): DefinitionError[] {
  const errors: DefinitionError[] = [
    ...uniqueIds(
      connector.inputs.map((i) => ({ id: i.name, name: i.name })),
      '/inputs',
      'name',
    ),
    ...uniqueIds(
      connector.outputs.map((o) => ({ id: o.name, name: o.name })),
      '/outputs',
      'name',
    ),
  ];
  const inputs = new Set(connector.inputs.map((i) => i.name));
  const uses = [{ text: connector.url, path: '/url' }, ...bodyStrings(connector.body, '/body')];
  for (const use of uses) {
    for (const name of placeholders(use.text)) {
      if (!inputs.has(name)) errors.push({ path: use.path, message: `{${name}} is not an input of this connector` });
    }
  }
  if (connector.body !== undefined && connector.method === 'GET') {
    errors.push({ path: '/body', message: 'a GET request has no body' });
  }
  connector.inputs.forEach((input, i) => {
    const problem = input.pattern === undefined ? null : patternProblem(input.pattern);
    if (problem) errors.push({ path: `/inputs/${i}/pattern`, message: problem });
  });
  try {
    compileForeignSchema(connector.responseSchema);
  } catch (error) {
    errors.push({ path: '/responseSchema', message: `is not a valid JSON Schema: ${(error as Error).message}` });
  }
  return errors;
}

/** A form's prefills read and fill fields the form has; a button stands beside one of them. */
export function checkPrefillFields(form: Form): DefinitionError[] {
  const prefills = (form as Form & { prefill?: Prefill[] }).prefill ?? [];
  const paths = fieldPaths(form.fields);
  const errors: DefinitionError[] = [];
  prefills.forEach((prefill, i) => {
    const at = `/prefill/${i}`;
    if (prefill.on === 'button' && prefill.button === undefined) {
      errors.push({ path: `${at}/button`, message: 'a prefill on a button names the field the button stands beside' });
    }
    if (prefill.on === 'start' && prefill.button !== undefined) {
      errors.push({ path: `${at}/button`, message: 'a prefill on case start has no button' });
    }
    if (prefill.button !== undefined && !paths.has(prefill.button)) {
      errors.push({ path: `${at}/button`, message: `no field "${prefill.button}" in this form` });
    }
    for (const [key, path] of [
      ...Object.entries(prefill.inputs).map(([k, p]) => [`inputs/${k}`, p] as const),
      ...Object.entries(prefill.fill).map(([k, p]) => [`fill/${k}`, p] as const),
    ]) {
      if (!paths.has(path)) errors.push({ path: `${at}/${key}`, message: `no field "${path}" in this form` });
    }
  });
  return errors;
}

/** Across definitions: the connector exists, every input is given and every filled name is one of its outputs. */
export function checkPrefillConnectors(form: Form, connectors: ReadonlyMap<string, Connector>): DefinitionError[] {
  const prefills = (form as Form & { prefill?: Prefill[] }).prefill ?? [];
  const errors: DefinitionError[] = [];
  prefills.forEach((prefill, i) => {
    const at = `/prefill/${i}`;
    const connector = connectors.get(prefill.connector);
    if (!connector) {
      errors.push({ path: `${at}/connector`, message: `no connector "${prefill.connector}"` });
      return;
    }
    for (const input of connector.inputs) {
      if (!(input.name in prefill.inputs)) {
        errors.push({ path: `${at}/inputs`, message: `connector "${connector.id}" needs input "${input.name}"` });
      }
    }
    const outputs = new Set(connector.outputs.map((o) => o.name));
    for (const name of Object.keys(prefill.fill)) {
      if (!outputs.has(name)) {
        errors.push({ path: `${at}/fill/${name}`, message: `connector "${connector.id}" has no output "${name}"` });
      }
    }
    for (const name of Object.keys(prefill.inputs)) {
      if (!connector.inputs.some((input) => input.name === name)) {
        errors.push({ path: `${at}/inputs/${name}`, message: `connector "${connector.id}" has no input "${name}"` });
      }
    }
  });
  return errors;
}

/**
 * A service's hand-offs name published connectors, give every input they need, and happen on
 * "submitted", "decided" or a step of the service's processes (`steps`; unchecked when a process is missing).
 */
export function checkHandoffConnectors(
  handoffs: readonly Handoff[],
  connectors: ReadonlyMap<string, Connector>,
  steps?: ReadonlySet<string>,
): DefinitionError[] {
  const errors: DefinitionError[] = [];
  handoffs.forEach((handoff, i) => {
    if (steps && !(HANDOFF_EVENTS as readonly string[]).includes(handoff.on) && !steps.has(handoff.on)) {
      errors.push({
        path: `/handoffs/${i}/on`,
        message: `no event "${handoff.on}": use ${HANDOFF_EVENTS.join(', ')} or a step id of the service's processes`,
      });
    }
    const connector = connectors.get(handoff.connector);
    if (!connector) {
      errors.push({ path: `/handoffs/${i}/connector`, message: `no connector "${handoff.connector}"` });
      return;
    }
    for (const input of connector.inputs) {
      if (!(input.name in handoff.inputs)) {
        errors.push({
          path: `/handoffs/${i}/inputs`,
          message: `connector "${connector.id}" needs input "${input.name}"`,
        });
      }
    }
  });
  return errors;
}

/**
 * A ruleset's connector facts fetched at an action (`at`) name an action of the service's processes
 * (`actions`): reported on the ruleset, where the fact is written.
 */
export function checkFactActions(ruleset: Ruleset, actions: ReadonlySet<string>, service: string): DefinitionError[] {
  return ruleset.facts.flatMap((fact, i) => {
    const at = fact.connector?.at;
    return at === undefined || actions.has(at)
      ? []
      : [
          {
            path: `/facts/${i}/connector/at`,
            message: `service "${service}" has no action "${at}" in its processes`,
          },
        ];
  });
}

/** A ruleset's connector facts are input facts, name published connectors, give every input and read a real output. */
export function checkFactConnectors(ruleset: Ruleset, connectors: ReadonlyMap<string, Connector>): DefinitionError[] {
  const errors: DefinitionError[] = [];
  ruleset.facts.forEach((fact, i) => {
    if (!fact.connector) return;
    const at = `/facts/${i}/connector`;
    if (fact.from !== 'input')
      errors.push({ path: `/facts/${i}/from`, message: 'a fact fetched by a connector is "input"' });
    const connector = connectors.get(fact.connector.id);
    if (!connector) {
      errors.push({ path: `${at}/id`, message: `no connector "${fact.connector.id}"` });
      return;
    }
    for (const input of connector.inputs) {
      if (!(input.name in fact.connector.inputs)) {
        errors.push({ path: `${at}/inputs`, message: `connector "${connector.id}" needs input "${input.name}"` });
      }
    }
    const output = fact.connector.output;
    if (output !== undefined && !connector.outputs.some((o) => o.name === output)) {
      errors.push({ path: `${at}/output`, message: `connector "${connector.id}" has no output "${output}"` });
    }
  });
  return errors;
}

/** A document obtained through a connector names a published connector and gives every input. */
export function checkDocumentConnectors(
  documents: readonly { connector?: { id: string; inputs: Record<string, string> } }[],
  connectors: ReadonlyMap<string, Connector>,
): DefinitionError[] {
  const errors: DefinitionError[] = [];
  documents.forEach((document, i) => {
    if (!document.connector) return;
    const connector = connectors.get(document.connector.id);
    if (!connector) {
      errors.push({ path: `/documents/${i}/connector/id`, message: `no connector "${document.connector.id}"` });
      return;
    }
    for (const input of connector.inputs) {
      if (!(input.name in document.connector.inputs)) {
        errors.push({
          path: `/documents/${i}/connector/inputs`,
          message: `connector "${connector.id}" needs input "${input.name}"`,
        });
      }
    }
  });
  return errors;
}
