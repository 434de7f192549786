import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import { isPublicAddress } from './addressPolicy';

/** Why one attempt failed; `retry` says whether trying again could help. */
export class AttemptError extends Error {
  constructor(
    readonly code: 'refused-host' | 'timeout' | 'unavailable' | 'too-large',
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

export interface AttemptResult {
  status: number;
  location?: string;
  body: Buffer;
}

/**
 * Resolves the name and refuses a private address before connecting, so what is checked is
 * what is connected to (no window for DNS rebinding between a check and the connection).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused) {
        const reason = new AttemptError(
          'refused-host',
          `${hostname} resolves to ${refused.address}, a non-public address the allowlist does not open`,
          false,
        );
        return callback(reason, '', 0);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** One HTTP exchange, bounded in time and size; redirects are returned, not followed. */
export function httpAttempt(
  url: URL,
  request: { method: string; headers: Record<string, string>; body?: string },
  limits: { timeoutMs: number; maxBytes: number; allowPrivate: boolean },
): Promise<AttemptResult> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !limits.allowPrivate && !isPublicAddress(host)) {
    return Promise.reject(
      new AttemptError('refused-host', `${host} is a non-public address the allowlist does not open`, false),
    );
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, result?: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(result as AttemptResult);
    };
    const req = client.request(url, {
      method: request.method,
      headers:
        request.body !== undefined
          ? { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) }
          : request.headers,
      lookup: guardedLookup(limits.allowPrivate),
    });
    const timer = setTimeout(() => {
      finish(new AttemptError('timeout', `no answer within ${limits.timeoutMs} ms`, true));
      req.destroy();
    }, limits.timeoutMs);
    req.on('error', (error) => {
      finish(error instanceof AttemptError ? error : new AttemptError('unavailable', error.message, true));
    });
    req.on('response', (res) => {
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > limits.maxBytes) {
        finish(new AttemptError('too-large', `the answer is larger than ${limits.maxBytes} bytes`, false));
        req.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          finish(new AttemptError('too-large', `the answer is larger than ${limits.maxBytes} bytes`, false));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (error) => finish(new AttemptError('unavailable', error.message, true)));
      res.on('end', () =>
        finish(null, { status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks) }),
      );
    });
    req.end(request.body);
  });
}
