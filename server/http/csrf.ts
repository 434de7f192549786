import type { Request, RequestHandler } from 'express';
import { AppError } from '../errors';
import { SESSION_COOKIE } from './session';

/** The header the designer sends with every call: a page on another origin cannot add it without a CORS preflight the API never grants. */
export const APP_REQUEST_HEADER = 'X-Qagida-Request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const refused = (message: string) => new AppError(403, 'CSRF', message, [{ path: '/', message }]);

function hasSessionCookie(req: Request): boolean {
  return (req.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

/**
 * Refuses writes a page on another origin could make a signed-in browser send (403 CSRF):
 * a browser's Sec-Fetch-Site other than same-origin, an Origin that is not this host
 * (another port is another origin), and a write carrying the session cookie without the
 * app's request header. Bearer-token callers hold no ambient credential and are not asked.
 */
export const csrfGuard: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    throw refused(`a ${site} request cannot write: the API answers only the app's own pages`);
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== req.host) throw refused(`a request from ${origin} cannot write: the API answers only its own origin`);
  }
  if (req.headers.authorization?.startsWith('Bearer ')) return next();
  if (hasSessionCookie(req) && req.get(APP_REQUEST_HEADER) !== '1')
    throw refused(`a write with the session cookie must carry the header ${APP_REQUEST_HEADER}: 1`);
  return next();
};

/** The one write that streams files: an attachment upload, sent as multipart/form-data. */
const UPLOAD_PATH = /^\/cases\/[^/]+\/attachments$/;

/**
 * A body sent as anything but JSON (a form's text/plain or urlencoded) is refused, not read as no
 * body (415). Uploads are multipart; the CSRF guard before this still asks them for the app's header.
 */
export const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  if (req.method === 'POST' && UPLOAD_PATH.test(req.path) && req.is('multipart/form-data')) return next();
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json'))
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the request body as application/json', [
      { path: '/', message: 'must be application/json' },
    ]);
  next();
};
