import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Field, Form, Service } from '../../runtime/definitions/index';
import { AppError, conflict, invalid, notFound } from '../errors';
import type { UploadedFile } from '../http/multipartUpload';
import type { Attachment, AttachmentsRepository } from '../repositories/attachments';
import type { BlobStore } from '../storage/blobStore';
import { existing, load, recordCaseEvent } from './cases';
import { fileRef } from './fileRefs';
import { documentStatus } from './documentStatus';
import type { Actor, Context } from './context';
import { assertRole, CASE_WORKERS } from './permissions';
import { childFields, isFileField } from '../../runtime/definitions/fieldGuards';
import type { FieldOf } from '../../runtime/definitions/form';

/** What a file field accepts when its definition says nothing: scans and photos of documents. */
export const DEFAULT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'];

export interface AttachmentStores {
  attachments: AttachmentsRepository;
  blobs: BlobStore;
}

/** A field key without the row numbers of tables (`docs.0.copy` → `docs.copy`): a file in any row is the same field. */
export const fieldPathOf = (key: string) =>
  key
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');

/** A file field of the form by its dotted key (`documents.scan`), through sections. */
export function fileField(form: Form, key: string): FieldOf<'file'> | undefined {
  let fields: readonly Field[] = form.fields;
  let found: Field | undefined;
  for (const part of fieldPathOf(key).split('.')) {
    found = fields.find((f) => f.key === part);
    if (!found) return undefined;
    fields = childFields(found);
  }
  return isFileField(found) ? found : undefined;
}

/** Whether a sniffed type is one the list allows: `application/pdf`, `image/*` or an extension `.pdf`. */
export function accepts(accept: readonly string[], sniffed: { mime: string; ext: string }): boolean {
  return accept.some((a) => {
    const rule = a.trim().toLowerCase();
    if (rule.startsWith('.')) return rule.slice(1) === sniffed.ext;
    if (rule.endsWith('/*')) return sniffed.mime.startsWith(rule.slice(0, -1));
    return rule === sniffed.mime;
  });
}

/**
 * Stores an uploaded file for a case: its type is sniffed from its bytes (file-type) and
 * must be one the form field allows; metadata, bytes, a case event and an audit entry
 * carrying the SHA-256 are written in one transaction, so an acknowledged file is never lost.
 */
export async function attachFile(
  ctx: Context,
  stores: AttachmentStores,
  actor: Actor,
  caseId: string,
  upload: UploadedFile,
): Promise<Attachment & { ref: string }> {
  assertRole(actor, CASE_WORKERS, 'attach files');
  const record = await existing(ctx, caseId);
  if (record.status === 'done') throw conflict(`case "${caseId}" is done: nothing more can be attached`);
  const defs = await load(ctx, record.pins);
  const { field, document } = placeOf(defs.form, defs.service, upload.fields);
  const accept = field?.accept?.length ? field.accept : DEFAULT_ACCEPT;
  const sniffed = await fileTypeFromBuffer(upload.content);
  if (!sniffed || !accepts(accept, sniffed)) {
    throw new AppError(
      415,
      'UNSUPPORTED_TYPE',
      `the file is ${sniffed ? sniffed.mime : 'of no recognised type'}, which this field does not accept`,
      [{ path: '/file', message: `must be one of: ${accept.join(', ')}` }],
    );
  }
  const attachment: Attachment = {
    id: randomUUID(),
    caseId,
    field: upload.fields.field || null,
    document: document ?? null,
    name: cleanName(upload.name),
    type: sniffed.mime,
    size: upload.size,
    sha256: upload.sha256,
    createdBy: actor.username,
    createdAt: ctx.now().toISOString(),
  };
  await ctx.transaction(async (t) => {
    await stores.attachments.insert(attachment, t);
    await stores.blobs.put(attachment.id, upload.content, t);
    await recordCaseEvent(
      ctx,
      t,
      caseId,
      actor,
      { type: 'attached', payload: { attachment: attachment.id, name: attachment.name, sha256: attachment.sha256 } },
      {
        action: 'case.attach',
        before: null,
        after: attachment,
        details: {
          attachment: attachment.id,
          name: attachment.name,
          type: attachment.type,
          size: attachment.size,
          sha256: attachment.sha256,
        },
      },
    );
  });
  return { ...attachment, ref: fileRef(attachment.id) };
}

function placeOf(form: Form, service: Service, fields: Record<string, string>) {
  const field = fields.field ? fileField(form, fields.field) : undefined;
  if (fields.field && !field) {
    throw invalid('no such file field', [
      { path: '/field', message: `"${fields.field}" is not a file field of the form` },
    ]);
  }
  const document =
    fields.document || service.documents.find((d) => fields.field && d.field === fieldPathOf(fields.field))?.id;
  if (fields.document && !service.documents.some((d) => d.id === fields.document)) {
    throw invalid('no such required document', [
      { path: '/document', message: `must be one of: ${service.documents.map((d) => d.id).join(', ')}` },
    ]);
  }
  return { field, document };
}

/** A file name as shown and sent back in Content-Disposition: no path, no control characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '_').slice(0, 255) || 'file';
}

/** A case's attachments with its required documents, present or missing. */
export async function caseAttachments(ctx: Context, stores: AttachmentStores, actor: Actor, caseId: string) {
  assertRole(actor, CASE_WORKERS, 'see attachments');
  const record = await existing(ctx, caseId);
  const [defs, attachments] = await Promise.all([load(ctx, record.pins), stores.attachments.ofCase(caseId)]);
  return {
    attachments: attachments.map((a) => ({ ...a, ref: fileRef(a.id) })),
    documents: documentStatus(defs.service, defs.form, record.channel, record.data, attachments),
  };
}

/** One attachment's metadata and bytes, for viewing or downloading. */
export async function attachmentContent(
  ctx: Context,
  stores: AttachmentStores,
  actor: Actor,
  caseId: string,
  attachmentId: string,
): Promise<{ attachment: Attachment; content: Buffer }> {
  assertRole(actor, CASE_WORKERS, 'open attachments');
  const attachment = await stores.attachments.get(attachmentId);
  if (!attachment || attachment.caseId !== caseId)
    throw notFound(`case "${caseId}" has no attachment "${attachmentId}"`);
  const content = await stores.blobs.get(attachmentId);
  if (!content) throw new AppError(500, 'INTERNAL', `the content of attachment "${attachmentId}" is missing`);
  return { attachment, content };
}
