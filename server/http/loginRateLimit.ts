import { AppError } from '../errors';

export interface LoginRateLimitOptions {
  /** failed attempts allowed per username and address within the window */
  maxFailures: number;
  windowMinutes: number;
  now: () => Date;
  /** how many username+address pairs to remember; the oldest are forgotten first */
  maxKeys?: number;
}

/**
 * Counts failed sign-ins per username and client address in a sliding window and
 * refuses further attempts (429, Retry-After) once there are too many; a success
 * forgets the failures. Kept in memory: each instance counts for itself, so with N
 * instances an attacker gets at most N × maxFailures guesses per window.
 */
export class LoginRateLimit {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;

  constructor(private readonly options: LoginRateLimitOptions) {
    this.windowMs = options.windowMinutes * 60_000;
  }

  static key(username: string, address: string | undefined): string {
    return `${username.trim().toLowerCase()}\u0000${address ?? ''}`;
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Seconds until the next attempt is allowed; 0 when it is allowed now. */
  retryAfter(key: string): number {
    const now = this.options.now().getTime();
    const times = this.recent(key, now);
    if (times.length < this.options.maxFailures) return 0;
    const oldestCounted = times[times.length - this.options.maxFailures] as number;
    return Math.max(1, Math.ceil((oldestCounted + this.windowMs - now) / 1000));
  }

  /** Throws 429 when the key has used up its attempts. */
  check(key: string): void {
    const seconds = this.retryAfter(key);
    if (seconds > 0) {
      throw new AppError(429, 'TOO_MANY_ATTEMPTS', `too many failed sign-ins: try again in ${seconds} s`, [
        { path: '/username', message: `locked for ${seconds} s` },
      ]);
    }
  }

  fail(key: string): void {
    const now = this.options.now().getTime();
    const times = this.recent(key, now);
    times.push(now);
    this.failures.delete(key);
    this.failures.set(key, times.slice(-this.options.maxFailures));
    const maxKeys = this.options.maxKeys ?? 100_000;
    while (this.failures.size > maxKeys) this.failures.delete(this.failures.keys().next().value as string);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
