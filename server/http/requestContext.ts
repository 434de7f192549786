import { AsyncLocalStorage } from 'node:async_hooks';

/** What the code serving one request may need without it being passed down: today, its id. */
interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `next` (and everything it starts) as part of the request with this id. */
export function inRequest<T>(requestId: string, next: () => T): T {
  return scope.run({ requestId }, next);
}

/** The id of the request whose work is running, or null outside requests (seeding, the overdue sweep). */
export function currentRequestId(): string | null {
  return scope.getStore()?.requestId ?? null;
}
