import { Router, type Request } from 'express';
import { readUpload } from '../http/multipartUpload';
import { actorOf } from '../http/session';
import { attachFile, attachmentContent, caseAttachments, type AttachmentStores } from '../usecases/attachments';
import type { Context } from '../usecases/context';
import { assertRole, CASE_WORKERS } from '../usecases/permissions';

export const DEFAULT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** Files of a case: streamed multipart uploads, the list with required documents, and the content. */
export function attachmentRoutes(ctx: Context, options: { maxBytes?: number } = {}): Router {
  const router = Router();
  const maxBytes = options.maxBytes ?? DEFAULT_UPLOAD_MAX_BYTES;
  const stores: AttachmentStores = { attachments: ctx.attachments, blobs: ctx.blobs };
  const id = (req: Request) => String(req.params.id);

  router.post('/cases/:id/attachments', async (req, res) => {
    const actor = actorOf(res);
    // the role first: one who may not attach is told so before sending megabytes
    assertRole(actor, CASE_WORKERS, 'attach files');
    const upload = await readUpload(req, maxBytes);
    res.status(201).json(await attachFile(ctx, stores, actor, id(req), upload));
  });

  router.get('/cases/:id/attachments', async (req, res) => {
    res.json(await caseAttachments(ctx, stores, actorOf(res), id(req)));
  });

  router.get('/cases/:id/attachments/:attachment', async (req, res) => {
    const { attachment, content } = await attachmentContent(
      ctx,
      stores,
      actorOf(res),
      id(req),
      String(req.params.attachment),
    );
    const disposition = req.query.download === '1' || req.query.download === 'true' ? 'attachment' : 'inline';
    res
      .type(attachment.type)
      .set({
        'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'X-Content-Type-Options': 'nosniff',
        Digest: `sha-256=${Buffer.from(attachment.sha256, 'hex').toString('base64')}`,
      })
      .send(content);
  });

  return router;
}
