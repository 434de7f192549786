import type { Form, LocalizedText, Service } from '../../runtime/definitions/index';
import { documentsAsked } from '../../runtime/forms/documentsAsked';
import type { Attachment } from '../repositories/attachments';
import { fileRef, fileRefsIn } from './fileRefs';

export interface DocumentStatus {
  id: string;
  label: LocalizedText;
  required: boolean;
  /** the case in words, for a document asked only in some cases */
  condition?: LocalizedText;
  field?: string;
  present: boolean;
  attachments: string[];
}

/**
 * The service's documents asked of the applicant on the case's channel, each present when a
 * file was attached for it or its form field holds a stored file; provider-fetched ones are left out.
 */
export function documentStatus(
  service: Service,
  form: Form,
  channel: string,
  data: Record<string, unknown>,
  attachments: readonly Attachment[],
): DocumentStatus[] {
  const referenced = new Set(fileRefsIn(data));
  // a document with `when` is asked only when the application's data meets it
  return documentsAsked(service, form, channel, data).map((d) => {
    const fieldValue = d.field ? valueAt(data, d.field) : undefined;
    const ids = attachments
      .filter(
        (a) =>
          a.document === d.id ||
          (d.field !== undefined && a.field === d.field && referenced.has(a.id)) ||
          fieldValue === fileRef(a.id),
      )
      .map((a) => a.id);
    return {
      id: d.id,
      label: d.label,
      ...(d.condition ? { condition: d.condition } : {}),
      required: d.required,
      ...(d.field ? { field: d.field } : {}),
      present: ids.length > 0,
      attachments: ids,
    };
  });
}

/**
 * The documents required only under a condition that the submitted data meets and no file answers: a submit
 * without them is refused, each at `/documents/<id>`. Documents without `when` keep their advisory status
 * (a required file field of the form is what enforces those).
 */
export function missingConditionalDocuments(
  service: Service,
  form: Form,
  channel: string,
  data: Record<string, unknown>,
  attachments: readonly Attachment[],
): { path: string; message: string }[] {
  const conditional = new Set(service.documents.filter((d) => d.when && d.required).map((d) => d.id));
  return documentStatus(service, form, channel, data, attachments)
    .filter((d) => conditional.has(d.id) && !d.present)
    .map((d) => ({ path: `/documents/${d.id}`, message: 'is required for this application: attach it' }));
}

function valueAt(data: Record<string, unknown>, dotted: string): unknown {
  let value: unknown = data;
  for (const key of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
