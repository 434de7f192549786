import { postgresBin } from './postgresCluster';

/**
 * Whether a drill that needs PostgreSQL can run here (Debian's binaries, and root for runuser).
 * Under CI=true a missing PostgreSQL is a failure, not a skip: a green CI must mean the drill ran.
 */
export function postgresRunnable(
  drill: string,
  found: { bin: string | null; uid: number | undefined; ci: string | undefined } = {
    bin: postgresBin(),
    uid: process.getuid?.(),
    ci: process.env.CI,
  },
): boolean {
  const runnable = found.bin !== null && found.uid === 0;
  if (runnable) return true;
  const why = `${drill} needs root and /usr/lib/postgresql/*/bin (scripts/ensure-system-packages.sh)`;
  if (found.ci === 'true') throw new Error(`${why}: under CI=true it fails instead of skipping`);
  console.warn(`${drill} skipped: ${why}`);
  return false;
}
