import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { inRequest } from './requestContext';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * An id a proxy or client sent is kept so one id follows a request across systems, if it is sane:
 * short, printable, no spaces or quotes (it goes into logs, a header and the audit chain).
 */
const SANE_ID = /^[A-Za-z0-9._:@-]{8,128}$/;

export function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && SANE_ID.test(sent) ? sent : randomUUID();
}

/**
 * One log line per request (pino-http: method, url, status, time taken) carrying the request's id,
 * which is also answered in `X-Request-Id` and, through the request scope, written into the audit
 * entries the request makes.
 */
export function requestLog(logger: Logger): RequestHandler {
  const log = pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdOf(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // what a request's line needs to be found and read: its id, what was asked and the answer's status.
    // pino-http's default serializers copy every header of the request and the answer into every line,
    // which cost as much as a small request itself; credentials never reach the log either way
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    // health probes every few seconds would drown the rest
    autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/api/ready' },
  });
  return (req, res, next) => {
    log(req, res);
    inRequest(String(req.id), next);
  };
}
