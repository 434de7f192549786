import type { Form } from '../definitions/form';
import type { Service } from '../definitions/service';
import { conditionMet } from './visibility';

type RequiredDocument = Service['documents'][number];

/**
 * The service's documents asked of the applicant for this case: on its channel, not fetched by the provider,
 * and, for a document with `when`, only when the application's data meets it (read as a field's visibleWhen
 * from the form root). One function for the server's check, the Desk's list and the designer's preview.
 */
export function documentsAsked(service: Service, form: Form, channel: string, data: unknown): RequiredDocument[] {
  return service.documents.filter(
    (d) => !d.fetchedByProvider && (!d.channels || d.channels.includes(channel)) && documentApplies(form, d, data),
  );
}

/** Whether a document's `when` holds on the data (true when it has none). */
export function documentApplies(form: Form, document: RequiredDocument, data: unknown): boolean {
  if (!document.when) return true;
  return conditionMet(form, [], document.when, data);
}
