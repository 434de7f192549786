import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Db } from '../db/connection';
import { AppError } from '../errors';

export interface SignInLimitOptions {
  /** failed sign-ins per username and client address within the window */
  maxFailures: number;
  windowMinutes: number;
  /** failed sign-ins per username, from any address, within the window */
  maxFailuresPerUsername: number;
  /** failed sign-ins per client address, any username, within the window */
  maxFailuresPerAddress: number;
  /** failed sign-ins per minute over all usernames and addresses */
  maxFailuresPerMinute: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimitOptions = {
  maxFailures: 5,
  windowMinutes: 15,
  maxFailuresPerUsername: 20,
  maxFailuresPerAddress: 20,
  maxFailuresPerMinute: 60,
};

/** The table RateLimiterPostgres keeps its counters in (migration 0020). */
export const RATE_LIMIT_TABLE = 'rate_limits';

/**
 * A counter store: on PostgreSQL a table every instance shares, so N instances do not give N times
 * the attempts; on SQLite (one instance) memory. rate-limiter-flexible does the atomic upserts.
 */
export function counter(db: Db, name: string, points: number, durationSeconds: number): RateLimiterAbstract {
  if (db.dialect === 'postgres')
    return new RateLimiterPostgres({
      storeClient: db.sequelize,
      storeType: 'sequelize',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: durationSeconds,
    });
  return new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
}

/**
 * Failed sign-ins counted per username + address, per username, per address and overall; once any
 * count is used up, further attempts are refused (429, Retry-After) before any password is hashed.
 */
export class SignInLimits {
  private readonly counters: { limiter: RateLimiterAbstract; key: (username: string, address: string) => string }[];
  private readonly pair: RateLimiterAbstract;

  constructor(db: Db, options: SignInLimitOptions) {
    const window = options.windowMinutes * 60;
    this.pair = counter(db, 'login-pair', options.maxFailures, window);
    this.counters = [
      { limiter: this.pair, key: (u, a) => `${u}|${a}` },
      { limiter: counter(db, 'login-user', options.maxFailuresPerUsername, window), key: (u) => u },
      { limiter: counter(db, 'login-address', options.maxFailuresPerAddress, window), key: (_u, a) => a },
      { limiter: counter(db, 'login-all', options.maxFailuresPerMinute, 60), key: () => 'all' },
    ];
  }

  static normalize(username: string): string {
    return username.trim().toLowerCase();
  }

  /** Seconds until an attempt for this username from this address is allowed; 0 when it is now. */
  async retryAfter(username: string, address: string): Promise<number> {
    const u = SignInLimits.normalize(username);
    let wait = 0;
    for (const { limiter, key } of this.counters) {
      const used = await limiter.get(key(u, address));
      if (used && used.msBeforeNext > 0 && used.consumedPoints >= limiter.points)
        wait = Math.max(wait, Math.ceil(used.msBeforeNext / 1000));
    }
    return wait;
  }

  /** Throws 429 when any count is used up. */
  async check(username: string, address: string): Promise<number> {
    const seconds = await this.retryAfter(username, address);
    if (seconds > 0)
      throw new AppError(429, 'TOO_MANY_ATTEMPTS', `too many failed sign-ins: try again in ${seconds} s`, [
        { path: '/username', message: `locked for ${seconds} s` },
      ]);
    return 0;
  }

  async fail(username: string, address: string): Promise<void> {
    const u = SignInLimits.normalize(username);
    // a used-up counter rejects consume(): the count is what matters, not the rejection
    await Promise.all(this.counters.map(({ limiter, key }) => limiter.consume(key(u, address)).catch(() => undefined)));
  }

  /** A success forgets the failures of this username from this address. */
  async succeed(username: string, address: string): Promise<void> {
    await this.pair.delete(`${SignInLimits.normalize(username)}|${address}`);
  }
}
