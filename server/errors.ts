import { StatusError, type ErrorDetail } from '../runtime/api/errors';

export type { ErrorDetail };

/**
 * The one error the server raises on purpose. `code` is stable for clients,
 * `status` the HTTP status the error middleware answers with.
 */
export class AppError extends StatusError {
  constructor(status: number, code: string, message: string, details: ErrorDetail[] = []) {
    super(status, code, message, details);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details: ErrorDetail[] = []) =>
  new AppError(400, 'BAD_REQUEST', message, details);
export const unauthorized = (message = 'sign in first') => new AppError(401, 'UNAUTHORIZED', message);
export const forbidden = (message: string) => new AppError(403, 'FORBIDDEN', message);
export const notFound = (message: string) => new AppError(404, 'NOT_FOUND', message);
export const conflict = (message: string, details: ErrorDetail[] = []) =>
  new AppError(409, 'CONFLICT', message, details);
export const invalid = (message: string, details: ErrorDetail[]) => new AppError(422, 'INVALID', message, details);
