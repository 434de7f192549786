import { Type } from '@sinclair/typebox';
import { DeadlineExplanation } from '../calendar/explanationSchema';
import { Instant, json, Nullable, pathParam, queryParam, route, type RouteSpec } from './route';

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
  route(
    'GET /api/cases/{id}/deadlines/{deadlineId}/explanation',
    'cases',
    'How a due date was counted: when the application counts as received and why, the days counted, the days skipped with their reasons and citations',
    {
      parameters: [id, pathParam('deadlineId')],
      responses: {
        200: json('the explanation', DeadlineExplanation),
        404: 'no case, no such deadline, or its event has not happened',
      },
    },
  ),
  route(
    'POST /api/cases/{id}/attachments',
    'attachments',
    'Attach a file: multipart/form-data with `file` and optionally `field` (dotted key) and `document` (required document id); the type is sniffed from the bytes',
    {
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
  ),
  route(
    'GET /api/cases/{id}/attachments',
    'attachments',
    "The case's files (name, type, size, SHA-256) and its required documents, present or missing",
    { parameters: [id], responses: { 200: json('attachments and documents', CaseAttachments), 404: 'no such case' } },
  ),
  route(
    'GET /api/cases/{id}/attachments/{attachment}',
    'attachments',
    'The content of one file, inline or (`?download=1`) as a download',
    {
      parameters: [id, pathParam('attachment'), queryParam('download', '1: as a download')],
      responses: {
        200: { description: 'the file, with its sniffed type', contentType: 'application/octet-stream' },
        404: 'no such attachment',
      },
    },
  ),
  route(
    'GET /api/cases/{id}/signing-payload',
    'signatures',
    'The bytes an applicant signs (detached CMS) for this case: its form data as JSON with sorted keys',
    {
      parameters: [id],
      responses: {
        200: { description: 'the signing payload (JSON text, signed byte for byte)', contentType: 'application/json' },
        404: 'no such case',
      },
    },
  ),
  route(
    'GET /api/cases/{id}/documents/{output}/signature',
    'signatures',
    "The provider's detached CMS signature (DER) over the document's PDF (`?format=pdf`, same `lang`)",
    {
      parameters: [id, pathParam('output'), queryParam('lang', 'kk, ru or en')],
      responses: {
        200: { description: 'the signature', contentType: 'application/pkcs7-signature' },
        404: 'no such document',
        503: 'no signing key configured',
      },
    },
  ),
  route('GET /api/trust', 'signatures', 'Trusted roots and CRLs signatures are verified against', {
    responses: { 200: json('entries', TrustList) },
  }),
  route('POST /api/trust/roots', 'signatures', 'Trust a root certificate (PEM)', {
    body: { schema: TrustBody },
    responses: { 201: json('added', TrustAdded), 422: 'not a certificate' },
  }),
  route('POST /api/trust/crls', 'signatures', 'Upload a certificate revocation list (PEM)', {
    body: { schema: TrustBody },
    responses: { 201: json('added', TrustAdded), 422: 'not a CRL' },
  }),
];
