import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './serverProcess';

/** Debian's PostgreSQL server binaries, newest major first. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const majors = fs
    .readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? path.join(root, majors[0], 'bin') : null;
}

/**
 * A throw-away PostgreSQL cluster: initdb in a temporary folder owned by `postgres`
 * (initdb refuses root), listening on 127.0.0.1 at a free port, trust authentication.
 * `stop()` shuts it down and removes the folder.
 */
export class PostgresCluster {
  private constructor(
    readonly bin: string,
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(bin = postgresBin()): Promise<PostgresCluster> {
    if (!bin) throw new Error('PostgreSQL is not installed: run scripts/ensure-system-packages.sh');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-pg-'));
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    execFileSync('chown', ['-R', 'postgres:postgres', dir]);
    const port = await freePort();
    const cluster = new PostgresCluster(bin, dir, port);
    try {
      cluster.asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
      cluster.asPostgres('pg_ctl', [
        '-D',
        data,
        '-l',
        path.join(dir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c max_connections=100`,
        'start',
      ]);
    } catch (error) {
      cluster.stop();
      throw error;
    }
    return cluster;
  }

  private asPostgres(tool: string, args: string[]): string {
    return execFileSync('runuser', ['-u', 'postgres', '--', path.join(this.bin, tool), ...args], {
      cwd: this.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    }).toString();
  }

  /** Creates a database and returns its DATABASE_URL. */
  createDatabase(name: string): string {
    this.asPostgres('createdb', ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', name]);
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`;
  }

  serverLog(): string {
    const file = path.join(this.dir, 'server.log');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').slice(-4000) : '';
  }

  /** Stops the server at once (open connections are cut) and removes its files; safe to call twice. */
  stop(): void {
    const data = path.join(this.dir, 'data');
    if (fs.existsSync(path.join(data, 'postmaster.pid'))) {
      try {
        this.asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
