import type { Field, LocalizedText } from '../../../runtime/definitions/types';

/** One thing a template can print: the expression to write and what it is. */
export interface TemplateVariable {
  expression: string;
  label?: LocalizedText;
  /** for a choice: the helper call that prints its label in the document's language */
  choice?: string;
}

/** The form's fields as template expressions (`data.address.city`); a choice also gets its `option` call. */
export function formVariables(fields: readonly Field[], prefix = 'data.'): TemplateVariable[] {
  return fields.flatMap((field): TemplateVariable[] => {
    const path = `${prefix}${field.key}`;
    if (field.type === 'section') return formVariables(field.fields ?? [], `${path}.`);
    if (field.type === 'info') return [];
    const key = path.slice('data.'.length);
    const choice = field.type === 'choice' || field.type === 'multi-choice' ? `{{option ${path} "${key}"}}` : undefined;
    return [{ expression: `{{${path}}}`, label: field.label, ...(choice ? { choice } : {}) }];
  });
}

/** What a result document knows of its case besides the form (server/usecases/documentContext.ts). */
export const CASE_VARIABLES = [
  'case.number',
  'case.submittedAt',
  'case.receivedAt',
  'case.closedAt',
  'case.applicantName',
  'case.applicantId',
  'case.outcome',
  'decision.label',
  'decision.reason',
  'decision.by',
  'decision.at',
  'reason',
  'step.label',
] as const;

/** Each allowed helper with one example (runtime/documents/helpers.ts). */
export const HELPER_EXAMPLES: Record<string, string> = {
  date: '{{date case.submittedAt}}',
  datetime: '{{datetime decision.at}}',
  due: '{{due deadlines.result}}',
  label: '{{label service.title}}',
  number: '{{number data.income digits=2}}',
  yesno: '{{yesno data.resident}}',
  option: '{{option data.relation "relation"}}',
  eq: '{{#if (eq case.outcome "issued")}}…{{/if}}',
  join: '{{join data.languages ", "}}',
  lookup: '{{lookup deadlines "result"}}',
  if: '{{#if decision.reason}}{{decision.reason}}{{/if}}',
  unless: '{{#unless data.resident}}…{{/unless}}',
  each: '{{#each rules}}{{this.label}}{{/each}}',
  with: '{{#with data.address}}{{city}}{{/with}}',
};
