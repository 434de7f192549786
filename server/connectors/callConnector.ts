import { buildRequest, readOutputs } from '../../runtime/connectors/index';
import { compileForeignSchema, toDefinitionErrors } from '../../runtime/definitions/ajv';
import type { Connector } from '../../runtime/definitions/connector';
import { digest } from '../digest';
import type { ErrorDetail } from '../errors';
import type { CredentialSource } from './credentials';
import type { HostAllowlist } from './hostAllowlist';
import { AttemptError, httpAttempt } from './httpAttempt';

export const DEFAULT_MAX_RESPONSE_BYTES = 1_000_000;
const MAX_REDIRECTS = 3;

export type CallFailure =
  | 'input'
  | 'refused-host'
  | 'credential-missing'
  | 'timeout'
  | 'unavailable'
  | 'too-large'
  | 'bad-answer'
  | 'not-found'
  | 'rejected';

/**
 * What a case records of one call: the connector and version, when, how many attempts,
 * and either the outputs with a digest of the answer, or the failure, which a process
 * may treat as a fact ("register unavailable").
 */
export type CallRecord = {
  connector: string;
  version: number | null;
  at: string;
  attempts: number;
} & (
  | { ok: true; status: number; outputs: Record<string, unknown>; answerDigest: string }
  | { ok: false; failure: CallFailure; message: string; details: ErrorDetail[] }
);

export interface ConnectorDeps {
  allowlist: HostAllowlist;
  credentials: CredentialSource;
  now: () => Date;
  /** waits between attempts; tests pass one that does not wait */
  sleep?: (ms: number) => Promise<void>;
  /** the first pause between attempts; doubled after each */
  backoffMs?: number;
}

type ValidateFunction = ReturnType<typeof compileForeignSchema>;
const validators = new Map<string, ValidateFunction>();
function responseValidator(connector: Connector): ValidateFunction {
  const key = `${connector.id}@${connector.version ?? 'draft'}:${JSON.stringify(connector.responseSchema)}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = compileForeignSchema(connector.responseSchema);
    if (validators.size > 500) validators.clear();
    validators.set(key, validator);
  }
  return validator;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls a connector: checks the inputs, refuses hosts off the allowlist (also after each
 * redirect and after DNS resolution), adds the credential, bounds each attempt in time and
 * size, retries what may pass (timeouts, 5xx, 429) with doubling pauses, and validates the
 * answer against the connector's response schema. Never throws: a failure is a record.
 */
export async function callConnector(
  connector: Connector,
  inputs: Record<string, unknown>,
  deps: ConnectorDeps,
  /** extra headers, e.g. a hand-off's Idempotency-Key */
  extraHeaders: Record<string, string> = {},
): Promise<CallRecord> {
  const base = { connector: connector.id, version: connector.version ?? null, at: deps.now().toISOString() };
  const fail = (failure: CallFailure, message: string, attempts: number, details: ErrorDetail[] = []): CallRecord => ({
    ...base,
    attempts,
    ok: false,
    failure,
    message,
    details,
  });

  const built = buildRequest(connector, inputs);
  if (!built.request) return fail('input', 'the connector inputs are not valid', 0, built.problems);
  const headers = { ...built.request.headers, ...extraHeaders };
  if (connector.credential) {
    const value = await deps.credentials.get(connector.credential.name);
    if (value === undefined) {
      return fail('credential-missing', `credential ${connector.credential.name} is not configured on the server`, 0);
    }
    headers[connector.credential.header.toLowerCase()] = `${connector.credential.prefix ?? ''}${value}`;
  }

  const sleep = deps.sleep ?? defaultSleep;
  const maxBytes = connector.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  let attempts = 0;
  let last: AttemptError = new AttemptError('unavailable', 'not called', true);
  for (let round = 0; round <= connector.retries; round += 1) {
    if (round > 0) await sleep((deps.backoffMs ?? 200) * 2 ** (round - 1));
    attempts += 1;
    try {
      let url = new URL(built.request.url);
      let method = built.request.method;
      let body = built.request.body;
      for (let hop = 0; ; hop += 1) {
        const allowed = await deps.allowlist.find(url.hostname);
        if (!allowed || !/^https?:$/.test(url.protocol)) {
          return fail('refused-host', `${url.hostname} is not on the connector allowlist`, attempts);
        }
        // the credential goes only to the host the connector names
        const sent = url.host === new URL(built.request.url).host ? headers : built.request.headers;
        const result = await httpAttempt(
          url,
          { method, headers: sent, body },
          {
            timeoutMs: connector.timeoutMs,
            maxBytes,
            allowPrivate: allowed.allowPrivate,
          },
        );
        if ([301, 302, 303, 307, 308].includes(result.status) && result.location) {
          if (hop >= MAX_REDIRECTS) return fail('unavailable', `more than ${MAX_REDIRECTS} redirects`, attempts);
          url = new URL(result.location, url);
          if (result.status === 303 || ((result.status === 301 || result.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
          }
          continue;
        }
        if (result.status === 404) return fail('not-found', 'the register has no such record', attempts);
        if (result.status >= 500 || result.status === 429) {
          throw new AttemptError('unavailable', `the register answered ${result.status}`, true);
        }
        if (result.status < 200 || result.status >= 300) {
          return fail('rejected', `the register refused the request (${result.status})`, attempts);
        }
        let answer: unknown;
        try {
          answer = JSON.parse(result.body.toString('utf8'));
        } catch {
          return fail('bad-answer', 'the answer is not JSON', attempts);
        }
        const validate = responseValidator(connector);
        if (!validate(answer)) {
          return fail(
            'bad-answer',
            'the answer does not match the response schema',
            attempts,
            toDefinitionErrors(validate.errors),
          );
        }
        return {
          ...base,
          attempts,
          ok: true,
          status: result.status,
          outputs: readOutputs(connector, answer),
          answerDigest: digest(answer) as string,
        };
      }
    } catch (error) {
      last = error instanceof AttemptError ? error : new AttemptError('unavailable', String(error), true);
      if (!last.retry) return fail(last.code, last.message, attempts);
    }
  }
  return fail(last.code, `${last.message} (after ${attempts} attempts)`, attempts);
}
