import { Type } from '@sinclair/typebox';
import { DeadlineExplanation } from '../calendar/explanationSchema';
import { Instant, json, Nullable, pathParam, queryParam, type RouteSpec } from './route';

/** A file attached to a case; `ref` (`file:<id>`) is what the form data holds. */
export const AttachmentView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  field: Nullable(Type.String()),
  document: Nullable(Type.String()),
  name: Type.String(),
  type: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  createdBy: Type.String(),
  createdAt: Instant,
  ref: Type.String(),
});
export const CaseAttachments = Type.Object({
  attachments: Type.Array(AttachmentView),
  /** the service's required documents, present or missing */
  documents: Type.Array(Type.Record(Type.String(), Type.Unknown())),
});

export const TrustBody = Type.Object(
  { pem: Type.String({ minLength: 1, maxLength: 1_000_000 }) },
  { additionalProperties: false },
);
export const TrustAdded = Type.Object({
  kind: Type.Union([Type.Literal('root'), Type.Literal('crl')]),
  subject: Type.String(),
  added: Type.Boolean(),
});
export const TrustList = Type.Object({
  entries: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: Type.String(),
      subject: Type.String(),
      sha256: Type.String(),
      createdBy: Type.String(),
      createdAt: Instant,
    }),
  ),
});

const id = pathParam('id');

export const CASE_FILE_ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/cases/{id}/deadlines/{deadlineId}/explanation',
    summary:
      'How a due date was counted: when the application counts as received and why, the days counted, the days skipped with their reasons and citations',
    tag: 'cases',
    parameters: [id, pathParam('deadlineId')],
    responses: {
      200: json('the explanation', DeadlineExplanation),
      404: 'no case, no such deadline, or its event has not happened',
    },
  },
  {
    method: 'post',
    path: '/api/cases/{id}/attachments',
    summary:
      'Attach a file: multipart/form-data with `file` and optionally `field` (dotted key) and `document` (required document id); the type is sniffed from the bytes',
    tag: 'attachments',
    parameters: [id],
    body: {
      contentType: 'multipart/form-data',
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary' },
          field: { type: 'string' },
          document: { type: 'string' },
        },
      },
    },
    responses: {
      201: json('the stored file: id, ref (`file:<id>` for the form data), name, type, size, sha256', AttachmentView),
      400: 'not multipart, or no file',
      409: 'the case is done',
      413: 'larger than QAGIDA_UPLOAD_MAX_MB',
      415: 'a type the field does not accept',
      422: 'no such field or document',
    },
  },
  {
    method: 'get',
    path: '/api/cases/{id}/attachments',
    summary: "The case's files (name, type, size, SHA-256) and its required documents, present or missing",
    tag: 'attachments',
    parameters: [id],
    responses: { 200: json('attachments and documents', CaseAttachments), 404: 'no such case' },
  },
  {
    method: 'get',
    path: '/api/cases/{id}/attachments/{attachment}',
    summary: 'The content of one file, inline or (`?download=1`) as a download',
    tag: 'attachments',
    parameters: [id, pathParam('attachment'), queryParam('download', '1: as a download')],
    responses: {
      200: { description: 'the file, with its sniffed type', contentType: 'application/octet-stream' },
      404: 'no such attachment',
    },
  },
  {
    method: 'get',
    path: '/api/cases/{id}/signing-payload',
    summary: 'The bytes an applicant signs (detached CMS) for this case: its form data as JSON with sorted keys',
    tag: 'signatures',
    parameters: [id],
    responses: {
      200: { description: 'the signing payload (JSON text, signed byte for byte)', contentType: 'application/json' },
      404: 'no such case',
    },
  },
  {
    method: 'get',
    path: '/api/cases/{id}/documents/{output}/signature',
    summary: "The provider's detached CMS signature (DER) over the document's PDF (`?format=pdf`, same `lang`)",
    tag: 'signatures',
    parameters: [id, pathParam('output'), queryParam('lang', 'kk, ru or en')],
    responses: {
      200: { description: 'the signature', contentType: 'application/pkcs7-signature' },
      404: 'no such document',
      503: 'no signing key configured',
    },
  },
  {
    method: 'get',
    path: '/api/trust',
    summary: 'Trusted roots and CRLs signatures are verified against',
    tag: 'signatures',
    responses: { 200: json('entries', TrustList) },
  },
  {
    method: 'post',
    path: '/api/trust/roots',
    summary: 'Trust a root certificate (PEM)',
    tag: 'signatures',
    body: { schema: TrustBody },
    responses: { 201: json('added', TrustAdded), 422: 'not a certificate' },
  },
  {
    method: 'post',
    path: '/api/trust/crls',
    summary: 'Upload a certificate revocation list (PEM)',
    tag: 'signatures',
    body: { schema: TrustBody },
    responses: { 201: json('added', TrustAdded), 422: 'not a CRL' },
  },
];
