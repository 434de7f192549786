import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { UniqueConstraintError } from 'sequelize';
import { AppError } from '../errors';
import { localizedError } from '../i18n/errorMessages';
import { languageOf } from '../i18n/requestLanguage';

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // two instances creating the same record at once (a first draft, a version): the loser's insert hits the unique index
  if (error instanceof UniqueConstraintError)
    return new AppError(409, 'CONFLICT', 'someone else wrote this at the same time: reload it and try again');
  const parser = error as BodyParserError;
  if (parser?.type === 'entity.parse.failed')
    return new AppError(400, 'MALFORMED_JSON', 'the request body is not valid JSON');
  if (parser?.type === 'entity.too.large')
    return new AppError(413, 'TOO_LARGE', 'the request body is larger than the limit');
  if (parser?.type === 'encoding.unsupported' || parser?.type === 'charset.unsupported') {
    return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', parser.message ?? 'unsupported encoding');
  }
  if (typeof parser?.status === 'number' && parser.status >= 400 && parser.status < 500) {
    return new AppError(parser.status, 'BAD_REQUEST', parser.message ?? 'bad request');
  }
  return new AppError(500, 'INTERNAL', 'something went wrong on the server');
}

/** At most this many details, and this many characters per text: an error answer must not grow with the input. */
export const MAX_ERROR_DETAILS = 50;
const MAX_TEXT = 500;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

function capped(error: Pick<AppError, 'code' | 'message' | 'details'>) {
  const details = error.details
    .slice(0, MAX_ERROR_DETAILS)
    .map((d) => ({ path: clip(d.path), message: clip(d.message) }));
  if (error.details.length > MAX_ERROR_DETAILS)
    details.push({ path: '/', message: `and ${error.details.length - MAX_ERROR_DETAILS} more problems` });
  return { code: error.code, message: clip(error.message), details };
}

/** The one error middleware: every failure leaves as {error: {code, message, details}}. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError = toAppError(error);
    if (appError.status >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed');
    // the message in the language of the request; code and paths stay as they are; the body is capped
    res.status(appError.status).json({ error: capped(localizedError(appError, languageOf(req, res))) });
  };
}

export const notFoundHandler: RequestHandler = (req) => {
  throw new AppError(404, 'NOT_FOUND', `no route ${req.method} ${req.path}`);
};
