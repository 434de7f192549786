import type { Form, Ruleset, Service } from '../definitions/index';

/**
 * Every connector a case of the service may call: its forms' prefills, its rulesets' facts,
 * the documents the provider obtains and its hand-offs. A case pins their versions when it starts.
 */
export function connectorIdsOf(
  service: Service,
  forms: readonly (Form | null | undefined)[],
  rulesets: readonly (Ruleset | null | undefined)[],
): string[] {
  const ids = [
    ...forms.flatMap((f) => (f?.prefill ?? []).map((p) => p.connector)),
    ...rulesets.flatMap((r) => (r?.facts ?? []).flatMap((f) => (f.connector ? [f.connector.id] : []))),
    ...service.documents.flatMap((d) => (d.connector ? [d.connector.id] : [])),
    ...(service.handoffs ?? []).map((h) => h.connector),
  ];
  return [...new Set(ids)].sort();
}
