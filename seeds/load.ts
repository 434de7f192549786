import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from '../runtime/definitions/index';
import type { Db } from '../server/db/connection';
import { digest } from '../server/digest';
import { createUser } from '../server/usecases/auth';
import { startCase } from '../server/usecases/cases';
import { createContext, recordAudit } from '../server/usecases/context';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface SeedOptions {
  demoUsers: boolean;
  demoPassword: string;
  /** in production: the password of an `admin` created on an empty users table */
  adminPassword?: string;
  /** folders to read definitions from; definitions/ and rules/ of the repository by default */
  roots?: string[];
}

export interface SeedResult {
  definitions: number;
  users: string[];
  cases: number;
  skipped: { file: string; problems: { path: string; message: string }[] }[];
}

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return jsonFiles(full);
      return entry.isFile() && entry.name.endsWith('.json') ? [full] : [];
    });
}

/**
 * Fills an empty database: every valid definition under definitions/ and rules/ is
 * published as version 1 by `seed`, the demo users are created outside production,
 * and a couple of demo cases are started. Runs only on an empty definitions table.
 */
export async function seed(db: Db, options: SeedOptions): Promise<SeedResult> {
  const ctx = createContext(db, { production: !options.demoUsers, sessionHours: 12 });
  const result: SeedResult = { definitions: 0, users: [], cases: 0, skipped: [] };

  if ((await ctx.users.count()) === 0) {
    if (options.demoUsers) {
      for (const role of ['admin', 'analyst', 'staff'] as const) {
        await createUser(ctx, null, {
          username: role,
          password: options.demoPassword,
          role,
          displayName: `Demo ${role}`,
        });
        result.users.push(role);
      }
    } else if (options.adminPassword) {
      await createUser(ctx, null, { username: 'admin', password: options.adminPassword, role: 'admin' });
      result.users.push('admin');
    }
  }

  if ((await ctx.definitions.count()) > 0) return result;
  const roots = options.roots ?? [path.join(ROOT, 'definitions'), path.join(ROOT, 'rules')];
  const files = roots.flatMap(jsonFiles);
  const seen = new Set<string>();
  await db.transaction(async (t) => {
    for (const file of files) {
      const relative = path.relative(ROOT, file);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      } catch (error) {
        result.skipped.push({
          file: relative,
          problems: [{ path: '/', message: `not JSON: ${(error as Error).message}` }],
        });
        continue;
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body) || !('kind' in body)) continue; // not a definition (a tsconfig, a schema…)
      const problems = validate(body);
      const key = `${String(body.kind)}/${String(body.id)}`;
      if (!problems.length && seen.has(key))
        problems.push({ path: '/id', message: `another file already defines ${key}` });
      if (problems.length) {
        result.skipped.push({ file: relative, problems });
        continue;
      }
      seen.add(key);
      const published = { ...body, version: 1 };
      const kind = String(body.kind);
      const id = String(body.id);
      await ctx.definitions.publish(
        { kind, id, version: 1, body: published, digest: digest(published) as string, author: 'seed', at: ctx.now() },
        t,
      );
      await recordAudit(ctx, t, {
        actor: 'seed',
        action: 'definition.publish',
        entity: kind,
        entityId: id,
        before: null,
        after: published,
        details: { version: 1, file: relative },
      });
      result.definitions++;
    }
  });

  if (options.demoUsers) {
    // the demo clerk belongs to every group a shipped process names, so it can walk every service
    const groups = new Set<string>();
    for (const head of await ctx.definitions.heads('process')) {
      const process = await ctx.store.latest('process', head.id);
      for (const actor of process?.definition.actors ?? []) for (const g of actor.groups ?? []) groups.add(g);
    }
    const staff = await ctx.users.byUsername('staff');
    if (staff && groups.size)
      await db.transaction((t) => ctx.users.update(staff.id, { groups: [...groups].sort() }, t));
    const seedActor = { username: 'staff', role: 'staff' as const };
    for (const head of await ctx.definitions.heads('service')) {
      if (result.cases >= 2) break;
      const service = await ctx.store.latest('service', head.id);
      const channel = service?.definition.channels[0]?.id;
      if (!channel) continue;
      try {
        await startCase(ctx, seedActor, { service: head.id, channel, data: {} });
        result.cases++;
      } catch {
        // a service whose parts are not all published yet cannot have cases: skip it
      }
    }
  }
  return result;
}
