// Builds what `npm start` runs, each part only when its sources changed since the last build:
//   designer/dist/  the web app (vite), and
//   dist/main.js, dist/migrate.js  the server, bundled by esbuild into plain JavaScript.
// Plain JavaScript on purpose: `npm start` must run before anything TypeScript-aware is loaded.
// A part is rebuilt when the SHA-256 over its sources (contents, not mtimes: a checkout or a copy
// changes mtimes without changing code) differs from the stamp written beside its last build.
// Usage: node scripts/build.mjs [--server-only] [--force]
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');

/** every file under the given paths (files or folders), skipping builds, dependencies and tests */
function sources(paths) {
  const found = [];
  const walk = (full) => {
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isFile()) {
      found.push(full);
      return;
    }
    for (const name of fs.readdirSync(full).sort()) {
      if (['node_modules', 'dist', 'e2e', 'test-output'].includes(name)) continue;
      if (/\.test\.tsx?$/.test(name)) continue;
      walk(path.join(full, name));
    }
  };
  for (const p of paths) walk(path.join(ROOT, p));
  return found;
}

function hashOf(paths) {
  const hash = createHash('sha256');
  for (const file of sources(paths)) {
    hash.update(path.relative(ROOT, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function upToDate(stampFile, hash, outputs) {
  if (force) return false;
  if (!outputs.every((o) => fs.existsSync(path.join(ROOT, o)))) return false;
  const stamp = path.join(ROOT, stampFile);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hash;
}

const LOCK = ['package-lock.json'];

// the web app imports runtime/ too; its build is configured in designer/ and by the lock file
const DESIGNER = ['designer', 'runtime', ...LOCK];
// the server bundle: everything main.ts reaches (definitions/ and rules/ are read at run time)
const SERVER = ['server', 'runtime', 'seeds', 'scripts/build.mjs', ...LOCK];

/**
 * Leaves packages out of the bundle, imported as npm installed them for the file that imports them.
 * A bare name is resolved from dist/, so from the root node_modules; a package npm installed inside a
 * workspace instead (runtime/node_modules/ajv: ajv 8, where the root has eslint's ajv 6) is imported
 * by its path relative to dist/, so runtime/ gets the same ajv bundled as under tsx.
 */
const packagesAsInstalled = {
  name: 'packages-as-installed',
  setup(build) {
    const skip = Symbol('resolving');
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === skip || args.path.startsWith('node:')) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: skip,
      });
      if (resolved.errors.length || !resolved.path) return { path: args.path, external: true };
      if (resolved.external || path.relative(ROOT, resolved.path).startsWith(`node_modules${path.sep}`)) {
        return { path: args.path, external: true };
      }
      if (!resolved.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined; // our own code
      const relative = path.relative(path.join(ROOT, 'dist'), resolved.path).split(path.sep).join('/');
      return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
    });
  },
};

function buildDesigner() {
  const hash = hashOf(DESIGNER);
  const stamp = 'designer/dist/.build-stamp';
  if (upToDate(stamp, hash, ['designer/dist/index.html'])) {
    console.log('designer: up to date');
    return;
  }
  console.log('designer: building (vite)');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: path.join(ROOT, 'designer'),
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(path.join(ROOT, stamp), `${hash}\n`);
}

async function buildServer() {
  const hash = hashOf(SERVER);
  const stamp = 'dist/.build-stamp';
  if (upToDate(stamp, hash, ['dist/main.js', 'dist/migrate.js'])) {
    console.log('server: up to date');
    return;
  }
  console.log('server: bundling (esbuild)');
  // esbuild is already installed (vite and tsx both use it); loaded here only when a build is due
  const esbuild = await import('esbuild');
  await esbuild
    .build({
      absWorkingDir: ROOT,
      entryPoints: { main: 'server/main.ts', migrate: 'server/cli/migrate.ts' },
      outdir: 'dist',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: true,
      // our own code (server/, runtime/, seeds/) is bundled; every package stays an import resolved from
      // node_modules at run time: native modules (sqlite3, argon2, pg) and packages that read their own
      // files (pdfkit's fonts, swagger-ui's assets) work as installed, and must be `dependencies`
      plugins: [packagesAsInstalled],
      // no code splitting: each entry is one file in dist/, at the same depth as seeds/ and server/, so code
      // that finds the repository as `import.meta.url/..` (seeds/load.ts) finds it bundled too
      logLevel: 'warning',
      metafile: true,
    })
    .then((result) => {
      fs.writeFileSync(path.join(ROOT, 'dist/meta.json'), JSON.stringify(result.metafile));
    });
  fs.writeFileSync(path.join(ROOT, stamp), `${hash}\n`);
}

if (!args.has('--server-only')) buildDesigner();
await buildServer();
