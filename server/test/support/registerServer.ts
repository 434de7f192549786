import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How the register misbehaves on its next answers: slow (answers after `delayMs`), 500,
 * garbage (not JSON), hang (never answers), redirect (to `redirectTo`), huge (a body
 * bigger than any cap), wrong-shape (JSON that breaks the response schema).
 */
export type Fault = 'slow' | '500' | 'garbage' | 'hang' | 'redirect' | 'huge' | 'wrong-shape';

export interface RegisterServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** every request received, in order */
  requests: { method: string; path: string; headers: http.IncomingHttpHeaders; body: string }[];
  /** makes the next `times` answers (all when omitted) misbehave; `null` heals it */
  fault(mode: Fault | null, options?: { times?: number; delayMs?: number; redirectTo?: string }): void;
  close(): Promise<void>;
}

export const PEOPLE: Record<string, Record<string, string>> = {
  '900101300011': {
    iin: '900101300011',
    surname: 'Ахметова',
    name: 'Айгерим',
    patronymic: 'Серікқызы',
    fullName: 'Ахметова Айгерим Серікқызы',
    birthDate: '1990-01-01',
    address: 'Астана қ., Мәңгілік Ел даңғылы, 8, 12-пәтер',
  },
  '850715400022': {
    iin: '850715400022',
    surname: 'Иванов',
    name: 'Сергей',
    fullName: 'Иванов Сергей Петрович',
    birthDate: '1985-07-15',
    address: 'Алматы қ., Абай даңғылы, 10',
  },
};

export const ENTITIES: Record<string, Record<string, unknown>> = {
  '050140000017': {
    bin: '050140000017',
    name: '«Сауда Сервис» ЖШС',
    registered: '2005-01-14',
    address: 'Астана қ., Сарыарқа ауданы, Бейбітшілік к-сі, 1',
    director: 'Омаров Қанат',
    active: true,
  },
};

/** IIN → benefit → since */
export const BENEFITS: Record<string, Record<string, string>> = { '900101300011': { 'child-care': '2024-03-01' } };

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function answer(path: string, method: string, body: string): [number, unknown] {
  const person = /^\/individuals\/([0-9]+)$/.exec(path);
  if (method === 'GET' && person) {
    const found = PEOPLE[person[1] ?? ''];
    return found ? [200, found] : [404, { error: 'not found' }];
  }
  const entity = /^\/legal-entities\/([0-9]+)$/.exec(path);
  if (method === 'GET' && entity) {
    const found = ENTITIES[entity[1] ?? ''];
    return found ? [200, found] : [404, { error: 'not found' }];
  }
  if (method === 'POST' && path === '/benefits/query') {
    let query: { iin?: string; benefit?: string };
    try {
      query = JSON.parse(body) as typeof query;
    } catch {
      return [400, { error: 'bad json' }];
    }
    const since = BENEFITS[query.iin ?? '']?.[query.benefit ?? ''];
    return [200, since ? { receives: true, since } : { receives: false }];
  }
  // a downstream system accepting hand-offs; idempotent on the Idempotency-Key header
  if (method === 'POST' && path.startsWith('/handoff')) return [202, { accepted: true }];
  return [404, { error: 'no such register' }];
}

/**
 * A small state register on a loopback port for tests: individuals by IIN, legal entities
 * by BIN, a benefits register, and a hand-off sink; it can be made slow, failing or hostile.
 */
export async function startRegisterServer(): Promise<RegisterServer> {
  let mode: Fault | null = null;
  let left = Infinity;
  let delayMs = 0;
  let redirectTo = '';
  const requests: RegisterServer['requests'] = [];
  const hanging = new Set<ServerResponse>();

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      const current = left > 0 ? mode : null;
      if (current) left -= 1;
      const [status, payload] = answer(path, req.method ?? '', body);
      switch (current) {
        case null:
          return send(res, status, payload);
        case 'slow':
          setTimeout(() => send(res, status, payload), delayMs).unref();
          return;
        case '500':
          return send(res, 500, { error: 'internal' });
        case 'garbage':
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end('<html>Service Unavailable</html>');
        case 'hang':
          hanging.add(res);
          return;
        case 'redirect':
          res.writeHead(302, { location: redirectTo });
          return res.end();
        case 'huge':
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ ...(payload as object), padding: 'x'.repeat(2_000_000) }));
        case 'wrong-shape':
          return send(res, 200, { surname: 42, receives: 'maybe', name: null });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault(next, options = {}) {
      mode = next;
      left = options.times ?? Infinity;
      delayMs = options.delayMs ?? 0;
      redirectTo = options.redirectTo ?? '';
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
