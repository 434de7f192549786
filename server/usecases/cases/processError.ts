import { ProcessError } from '../../../runtime/process/index';
import { AppError } from '../../errors';

/** A process refusal as an HTTP answer: the role may not (403), not now (409), no such action (404), no reason (422). */
export function processError(error: unknown): never {
  if (!(error instanceof ProcessError)) throw error;
  const status =
    error.code === 'UNKNOWN_ACTION'
      ? 404
      : error.code === 'REASON_REQUIRED'
        ? 422
        : error.code === 'NOT_ALLOWED'
          ? 403
          : 409;
  const details =
    status === 422
      ? [{ path: '/reason', message: 'is required' }]
      : error.code === 'NOT_YET'
        ? [{ path: '/action', message: `is possible from ${error.possibleFrom?.toISOString() ?? 'later'}` }]
        : [];
  throw new AppError(status, error.code, error.message, details);
}
