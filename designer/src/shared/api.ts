import { StatusError, type ErrorBody, type ErrorDetail } from '../../../runtime/api/errors';
import { i18next } from '../i18n';

export type { ErrorDetail };

/** The server's error envelope `{error: {code, message, details}}`, thrown for every non-2xx answer. */
export class ApiError extends StatusError {
  constructor(status: number, code: string, message: string, details: ErrorDetail[] = []) {
    super(status, code, message, details);
    this.name = 'ApiError';
  }
}

export interface ApiResponse<T> {
  body: T;
  headers: Headers;
  status: number;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls the API with the session cookie; JSON in, JSON (or text) out; errors become ApiError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  // the server answers errors in the interface language (code and path stay the same)
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18next.language,
    // the server refuses cookie-authenticated writes without this header (CSRF): another origin cannot set it
    'X-Qagida-Request': '1',
    ...options.headers,
  };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(path, { method: options.method ?? 'GET', headers, body, credentials: 'same-origin' });
  const type = response.headers.get('Content-Type') ?? '';
  const parsed: unknown = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const envelope = (parsed as Partial<ErrorBody> | null)?.error;
    throw new ApiError(
      response.status,
      envelope?.code ?? `http-${response.status}`,
      envelope?.message ?? (typeof parsed === 'string' && parsed ? parsed.slice(0, 200) : response.statusText),
      Array.isArray(envelope?.details) ? envelope.details : [],
    );
  }
  return { body: parsed as T, headers: response.headers, status: response.status };
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await request<T>(path, options)).body;
}

/** What to tell a person: the server's message in their language (its code stays in `ApiError.code` for the log). */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
