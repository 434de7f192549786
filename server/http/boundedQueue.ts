import { AppError } from '../errors';

/**
 * Runs at most `concurrency` jobs at once and keeps at most `maxWaiting` waiting; a job beyond
 * that is refused at once (503 with Retry-After) instead of queuing without end. Password
 * hashing goes through one: argon2 shares libuv's four threads with SQLite, so an unbounded
 * flood of sign-ins would starve every other request.
 */
export class BoundedQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting)
        throw new AppError(503, 'BUSY', 'too many sign-ins at once: try again in a moment', [
          { path: '/', message: 'the sign-in queue is full' },
        ]);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      // the freed slot passes straight to the next job
      if (next) next();
      else this.running--;
    }
  }
}
