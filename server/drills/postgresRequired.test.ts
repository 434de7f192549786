import { describe, expect, it } from 'vitest';
import { postgresRunnable } from './postgresRequired';

describe('PostgreSQL drills do not skip under CI', () => {
  it('when PostgreSQL is missing under CI=true, then the drill fails instead of skipping', () => {
    expect(() => postgresRunnable('a drill', { bin: null, uid: 0, ci: 'true' })).toThrow(/CI=true/);
    expect(() => postgresRunnable('a drill', { bin: '/usr/lib/postgresql/15/bin', uid: 1000, ci: 'true' })).toThrow(
      /CI=true/,
    );
  });

  it('when PostgreSQL is missing outside CI, then the drill is skipped with a warning', () => {
    expect(postgresRunnable('a drill', { bin: null, uid: 0, ci: undefined })).toBe(false);
  });

  it('when PostgreSQL and root are there, then the drill runs', () => {
    expect(postgresRunnable('a drill', { bin: '/usr/lib/postgresql/15/bin', uid: 0, ci: 'true' })).toBe(true);
  });
});
