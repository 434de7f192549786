import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, RequestHandler, Response } from 'express';
import { isLanguage, LANGUAGES, type Language } from '../../runtime/i18n';
import type { User } from '../repositories/users';
import type { Context } from '../usecases/context';

/** The language of the request being served, for code that has no `req` at hand (form validation). */
const current = new AsyncLocalStorage<Language>();

/** English unless the request said otherwise: what API clients have always read. */
export const DEFAULT_LANGUAGE: Language = 'en';

export function requestLanguage(): Language {
  return current.getStore() ?? DEFAULT_LANGUAGE;
}

/** The language an Accept-Language header asks for among kk, ru and en, or null when it names none of them. */
export function acceptedLanguage(req: Request): Language | null {
  if (!req.headers['accept-language']) return null;
  const found = req.acceptsLanguages([...LANGUAGES]);
  return isLanguage(found) ? found : null;
}

/**
 * Decides the language of the answer: Accept-Language when it names kk, ru or en, else the signed-in
 * user's stored choice, else English. Runs after the session middleware, which finds the user.
 */
export function languageMiddleware(ctx: Context): RequestHandler {
  const preferences = ctx.preferences;
  return async (req, res, next) => {
    let lang = acceptedLanguage(req);
    const user = res.locals.user as User | undefined;
    if (!lang && user) lang = await preferences.language(user.id);
    res.locals.lang = lang ?? DEFAULT_LANGUAGE;
    res.set('Content-Language', res.locals.lang as string);
    res.vary('Accept-Language');
    current.run(res.locals.lang as Language, () => next());
  };
}

/** The language to answer `req` in, also for a failure before the language middleware ran (malformed JSON). */
export function languageOf(req: Request, res: Response): Language {
  const decided: unknown = res.locals.lang;
  return isLanguage(decided) ? decided : (acceptedLanguage(req) ?? requestLanguage());
}
