import { Type, type Static } from '@sinclair/typebox';

/** One problem in a request or a record: where (a JSON pointer) and what, in the caller's language. */
export const ErrorDetailSchema = Type.Object({ path: Type.String(), message: Type.String() });
export type ErrorDetail = Static<typeof ErrorDetailSchema>;

/** Every answer of 400 and above: `code` and `path` never change with the language, `message` does. */
export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Array(ErrorDetailSchema),
  }),
});
export type ErrorBody = Static<typeof ErrorBody>;

/**
 * An error with an HTTP status and a stable code: the server raises it on purpose (AppError), the
 * designer's API client throws it for every answer of 400 and above (ApiError).
 */
export class StatusError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'StatusError';
  }
}
