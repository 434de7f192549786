import type { Connector } from '../definitions/connector';

/** A call ready to send: everything but the credential, which only the server knows. */
export interface ConnectorRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** A problem with the values given to a connector, named by input (a JSON pointer into the inputs). */
export interface InputProblem {
  path: string;
  message: string;
}

function fill(text: string, inputs: Record<string, string>, encode: (s: string) => string): string {
  return text.replace(/\{([^{}]*)\}/g, (_, name: string) => encode(inputs[name] ?? ''));
}

function fillBody(body: unknown, inputs: Record<string, string>): unknown {
  if (typeof body === 'string') return fill(body, inputs, (s) => s);
  if (Array.isArray(body)) return body.map((b) => fillBody(b, inputs));
  if (body && typeof body === 'object') {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fillBody(v, inputs)]));
  }
  return body;
}

/**
 * Checks the inputs (present, matching their pattern) and fills the URL template and
 * body. Values are percent-encoded into the URL, so an input can never change the host
 * or add a path segment.
 */
export function buildRequest(
  connector: Connector,
  given: Record<string, unknown>,
): { request: ConnectorRequest; problems: [] } | { request: null; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const inputs: Record<string, string> = {};
  for (const input of connector.inputs) {
    const raw = given[input.name];
    const value = typeof raw === 'number' ? String(raw) : raw;
    if (typeof value !== 'string' || value === '') {
      problems.push({ path: `/${input.name}`, message: 'is required' });
    } else if (input.pattern !== undefined && !new RegExp(input.pattern, 'u').test(value)) {
      problems.push({ path: `/${input.name}`, message: `must match ${input.pattern}` });
    } else {
      inputs[input.name] = value;
    }
  }
  if (problems.length) return { request: null, problems };
  const headers: Record<string, string> = { accept: 'application/json', ...connector.headers };
  const request: ConnectorRequest = {
    method: connector.method,
    url: fill(connector.url, inputs, encodeURIComponent),
    headers,
  };
  if (connector.body !== undefined) {
    request.body = JSON.stringify(fillBody(connector.body, inputs));
    headers['content-type'] = 'application/json';
  }
  return { request, problems: [] };
}
