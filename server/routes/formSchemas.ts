import { Router } from 'express';
import type { Form } from '../../runtime/definitions/types';
import { formJsonSchema, formUiSchema } from '../../runtime/forms';
import { isLanguage } from '../../runtime/i18n';
import { AppError, badRequest } from '../errors';
import { actorOf } from '../http/session';
import type { Context } from '../usecases/context';
import { getDefinition } from '../usecases/definitions';
import { resolveForm } from '../usecases/pinning';

/**
 * A stored definition body of kind form. Every stored body was validated against its kind when it was saved
 * (usecases/definitions.ts), so the kind and the field list are what is left to tell.
 */
function isFormBody(definition: unknown): definition is Form {
  if (typeof definition !== 'object' || definition === null) return false;
  const body: { kind?: unknown; fields?: unknown } = definition;
  return body.kind === 'form' && Array.isArray(body.fields);
}

/**
 * A form's generated JSON Schema (draft 7) and @rjsf/core uiSchema, the same the designer and the
 * desk render from: the latest published version, a given ?version= or the ?draft=1, titled in
 * ?lang= (kk, ru or en; en when absent). ?download=1 answers it as a file.
 */
export function formSchemaRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/forms/:id/json-schema', async (req, res) => {
    actorOf(res);
    const lang = req.query.lang ?? 'en';
    if (!isLanguage(lang))
      throw badRequest('lang must be kk, ru or en', [{ path: '/lang', message: 'must be kk, ru or en' }]);
    const version = req.query.version === undefined ? undefined : Number(req.query.version);
    if (version !== undefined && (!Number.isInteger(version) || version < 1)) {
      throw badRequest('version must be a positive integer', [
        { path: '/version', message: 'must be a positive integer' },
      ]);
    }
    const draft = req.query.draft === '1' || req.query.draft === 'true';
    const id = String(req.params.id);
    const found = await getDefinition(ctx, 'form', id, { version, draft });
    // a choice that names a dictionary carries the dictionary's latest published options, as a new case would
    if (!isFormBody(found.definition)) throw new AppError(500, 'INTERNAL', `form "${id}" is stored without its fields`);
    const form = await resolveForm(ctx, found.definition, {});
    if (req.query.download === '1') {
      const suffix = found.version ? `-v${found.version}` : '-draft';
      res.set('Content-Disposition', `attachment; filename="${id}${suffix}.${lang}.rjsf.json"`);
    }
    res.json({
      id,
      version: found.version,
      lang,
      schema: formJsonSchema(form, lang),
      uiSchema: formUiSchema(form, lang),
    });
  });
  return router;
}
