import Handlebars from 'handlebars';
import type { Form } from '../definitions/types';
import type { RenderInput } from '../documents/render';
import type { Language } from '../i18n';
import { SAMPLE_DATE, sampleFormData, sampleIin } from './sampleData';

const AT = `${SAMPLE_DATE}T10:00:00Z`;

/**
 * What a result document is rendered from, generated as the walks generate a case: the form's data filled by
 * `sampleFormData`, and the case's own fields as server/usecases/documentContext.ts gives them. The template
 * editor previews with it instead of a sample its author wrote to match the template, which would hide a
 * variable the form does not have.
 */
export function sampleRenderInput(form: Form | null, lang: Language): RenderInput {
  const applicantId = sampleIin(1);
  return {
    lang,
    data: form ? sampleFormData(form) : {},
    ...(form ? { form } : {}),
    now: AT,
    case: {
      id: 'sample',
      number: 'SAMPLE-0001',
      status: 'closed',
      submittedAt: AT,
      receivedAt: AT,
      closedAt: AT,
      createdAt: AT,
      applicantName: 'Walk Applicant',
      applicantId,
      outcome: 'issued',
    },
    decision: { action: 'issue', label: 'Issue', reason: 'Walk reason', by: 'walk-staff', at: AT },
    reason: 'Walk reason',
    rules: [],
    step: { id: 'end', label: 'End' },
    deadlines: {},
  };
}

/** The block helpers whose inner expressions read another context (an item, a sub-object), not the root. */
const SCOPING = new Set(['each', 'with']);
const UNKNOWN_ROOTS = new Set(['deadlines', 'service']);

/**
 * The paths a template prints (outside `each`/`with` blocks) that the given context does not have:
 * `data.incme` for a typo, `data.permit` for a field of another form. Helpers' arguments count too.
 */
export function missingVariables(source: string, input: RenderInput): string[] {
  const context: Record<string, unknown> = {
    data: input.data ?? {},
    case: input.case ?? {},
    service: input.service ?? {},
    deadlines: input.deadlines ?? {},
    decision: input.decision ?? null,
    reason: input.reason,
    rules: input.rules,
    step: input.step,
    now: input.now,
    lang: input.lang,
  };
  const missing = new Set<string>();
  const path = (node: hbs.AST.Expression) => {
    if (node.type !== 'PathExpression') return;
    const p = node as hbs.AST.PathExpression;
    // the service's deadlines and texts are not known to a template alone
    if (p.data || p.depth > 0 || p.parts.length === 0 || UNKNOWN_ROOTS.has(p.parts[0] as string)) return;
    let at: unknown = context;
    for (const part of p.parts) {
      at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
      if (at === undefined) return void missing.add(p.original);
    }
  };
  const visit = (node: hbs.AST.Node | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        return (node as hbs.AST.Program).body.forEach(visit);
      case 'MustacheStatement':
      case 'SubExpression': {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length === 0) path(m.path);
        m.params.forEach((p) => (p.type === 'SubExpression' ? visit(p) : path(p)));
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        b.params.forEach((p) => (p.type === 'SubExpression' ? visit(p) : path(p)));
        const name = (b.path as hbs.AST.PathExpression).original;
        if (!SCOPING.has(name)) visit(b.program);
        visit(b.inverse);
        return;
      }
    }
  };
  visit(Handlebars.parse(source));
  return [...missing];
}
