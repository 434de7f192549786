import type { Server } from 'node:http';
import type { Logger } from 'pino';

export interface ShutdownOptions {
  server: Server;
  /** how long requests in flight may take; past it their connections are cut */
  deadlineMs: number;
  /** run in order once no request is in flight (or the deadline passed): stop jobs, flush writes, close the database */
  closers: { name: string; close: () => Promise<unknown> | unknown }[];
  logger?: Logger;
}

export interface ShutdownResult {
  /** every request in flight finished before the deadline */
  drained: boolean;
  /** the closers that threw */
  failed: string[];
}

/**
 * Graceful shutdown: stop accepting connections, let the requests in flight finish (idle keep-alive
 * connections are closed at once, busy ones after their answer), and past `deadlineMs` cut whatever
 * is left; then run the closers in order. A request whose write is queued for the group commit is
 * in flight until that commit returns, so draining requests also drains the group commit.
 */
export async function shutdownGracefully(options: ShutdownOptions): Promise<ShutdownResult> {
  const { server, logger } = options;
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<boolean>((resolve) => {
    server.close(() => resolve(true));
  });
  // a keep-alive connection whose request just finished is idle now: close it rather than wait for its timeout
  const idle = setInterval(() => server.closeIdleConnections(), 25);
  server.closeIdleConnections();
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), options.deadlineMs);
  });
  const drained = await Promise.race([closed, deadline]);
  clearTimeout(timer);
  clearInterval(idle);
  if (!drained) {
    logger?.error({ deadlineMs: options.deadlineMs }, 'requests still in flight at the shutdown deadline: cut');
    server.closeAllConnections();
  }
  const failed: string[] = [];
  for (const closer of options.closers) {
    try {
      await closer.close();
    } catch (error) {
      failed.push(closer.name);
      logger?.error({ err: error, closer: closer.name }, 'shutdown step failed');
    }
  }
  return { drained, failed };
}

/**
 * Process-level handlers: a promise nobody awaited that rejects, or an exception nothing caught, is
 * logged with its stack and ends the process through `fatal` (which shuts down gracefully): the state
 * of a process that threw where nobody expected it cannot be trusted to serve on.
 */
export function onProcessFailure(logger: Logger, fatal: (reason: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled promise rejection');
    fatal('unhandledRejection');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    fatal('uncaughtException');
  });
}
