import { request, type APIRequestContext } from 'playwright-core';
import { PASSWORD } from './browser';
import { ScenarioFailure, type World } from './world';

/** The API as one of the demo users, with its own cookie jar. */
export async function apiSession(world: World, username: string) {
  const context: APIRequestContext = await request.newContext({
    baseURL: world.baseURL,
    // the app's request header: cookie-authenticated writes without it are refused as CSRF
    extraHTTPHeaders: { 'X-Qagida-Request': '1' },
  });
  const login = await context.post('/api/auth/login', { data: { username, password: PASSWORD } });
  if (!login.ok()) throw new ScenarioFailure(`login ${username}: ${login.status()}`);
  const call = async <T>(method: 'get' | 'post' | 'put', path: string, data?: unknown): Promise<T> => {
    const response = await context[method](path, data === undefined ? {} : { data });
    const body = (await response.json().catch(() => null)) as T;
    if (!response.ok())
      throw new ScenarioFailure(`${method.toUpperCase()} ${path}: ${response.status()} ${JSON.stringify(body)}`);
    return body;
  };
  return {
    get: <T>(path: string) => call<T>('get', path),
    post: <T>(path: string, data: unknown = {}) => call<T>('post', path, data),
    put: <T>(path: string, data: unknown) => call<T>('put', path, data),
    status: async (path: string) => (await context.get(path)).status(),
    /** the status of a POST that may be refused, without failing on it */
    postStatus: async (path: string, data: unknown = {}) => (await context.post(path, { data })).status(),
    /** the status and body of a POST that may be refused, to check what the refusal says */
    postAnswer: async (path: string, data: unknown = {}) => {
      const response = await context.post(path, { data });
      return { status: response.status(), body: (await response.json().catch(() => null)) as unknown };
    },
    dispose: () => context.dispose(),
  };
}
