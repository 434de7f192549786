import { api } from './api';

let paths: Promise<Set<string>> | null = null;

/**
 * Whether the server offers an endpoint, read from its OpenAPI document, so the
 * designer can fall back (or explain) without a request that must fail.
 */
export async function hasEndpoint(path: string): Promise<boolean> {
  paths ??= api<{ paths?: Record<string, unknown> }>('/api/openapi.json')
    .then((doc) => new Set(Object.keys(doc.paths ?? {})))
    .catch(() => new Set<string>());
  return (await paths).has(path);
}
