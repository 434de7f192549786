import { Router, type Request } from 'express';
import { AppError } from '../errors';
import { bodyOf } from '../http/validateBody';
import { actorOf } from '../http/session';
import { signDetached, type Signer } from '../signatures/signCms';
import { existing } from '../usecases/cases';
import type { Context } from '../usecases/context';
import { caseDocumentPdf } from '../usecases/documentPdf';
import { TrustBody } from '../../runtime/api/caseFiles';
import { addTrustAnchor, listTrust, signingPayload } from '../usecases/signatures';

const trustBody = bodyOf(TrustBody);

/** Trusted roots and CRLs (admin), what an applicant signs, and the provider's signature beside a PDF result. */
export function signatureRoutes(ctx: Context, options: { signer?: Signer } = {}): Router {
  const router = Router();
  const id = (req: Request) => String(req.params.id);

  router.get('/trust', async (_req, res) => {
    res.json(await listTrust(ctx, actorOf(res)));
  });
  router.post('/trust/roots', async (req, res) => {
    const actor = actorOf(res);
    res.status(201).json(await addTrustAnchor(ctx, actor, 'root', trustBody(req).pem));
  });
  router.post('/trust/crls', async (req, res) => {
    const actor = actorOf(res);
    res.status(201).json(await addTrustAnchor(ctx, actor, 'crl', trustBody(req).pem));
  });

  router.get('/cases/:id/signing-payload', async (req, res) => {
    actorOf(res);
    res.type('application/json').send(signingPayload(await existing(ctx, id(req))));
  });

  router.get('/cases/:id/documents/:output/signature', async (req, res) => {
    actorOf(res);
    const lang = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    const { pdf, name } = await caseDocumentPdf(ctx, id(req), String(req.params.output), lang);
    if (!options.signer)
      throw new AppError(503, 'NOT_CONFIGURED', 'no signing key: set QAGIDA_SIGNING_KEY and QAGIDA_SIGNING_CERT');
    const signature = await signDetached(pdf, options.signer, ctx.now());
    res
      .type('application/pkcs7-signature')
      .set('Content-Disposition', `attachment; filename="${name}.p7s"`)
      .send(signature);
  });

  return router;
}
