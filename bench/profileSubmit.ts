import fs from 'node:fs';
import path from 'node:path';
import { cloneCases, login, preparedDatabase, startServer, submitLoad, tempDir } from './submitLoad';

/**
 * Not a bench section: `node --import tsx bench/profileSubmit.ts [seconds]` runs the submission
 * load against a server started with --cpu-prof and prints where its CPU time went, by function
 * and by file (only the samples taken while the load ran), so a change to the submit path can be checked against where the time really is.
 */
const seconds = Number(process.argv[2] ?? 8);
const dir = tempDir('profile');
const file = path.join(dir, 'qagida.sqlite');
const profiles = path.join(dir, 'profiles');
const { db, template } = await preparedDatabase(file);
const ids = await cloneCases(db, template, 'load-', Number(process.argv[3] ?? 60_000));
await db.close();

const server = await startServer(file, ['--cpu-prof', `--cpu-prof-dir=${profiles}`], { fromSource: true });
let result;
let loadStarted = 0;
let loadEnded = 0;
try {
  const token = await login(server.url);
  const warm = await submitLoad(server.url, token, ids, 2);
  loadStarted = performance.now();
  result = await submitLoad(server.url, token, ids, seconds, warm.used);
  loadEnded = performance.now();
} finally {
  await server.stop();
}
const stopped = performance.now();
console.log(
  `${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms (${result.requests} submits under profile)`,
);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const name = fs.readdirSync(profiles).find((f) => f.endsWith('.cpuprofile'));
if (!name) throw new Error('no profile written');
const profile = JSON.parse(fs.readFileSync(path.join(profiles, name), 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// only the samples of the measured load: start-up (compiling, migrating, warming) is not the submit path's
const times: number[] = [];
profile.timeDeltas.reduce((at, delta, i) => (times[i] = at + delta), 0);
const lastSample = times.at(-1) ?? 0;
const windowStart = lastSample - (loadEnded - loadStarted) * 1000 - (stopped - loadEnded) * 1000;
const windowEnd = lastSample - (stopped - loadEnded) * 1000;
const self = new Map<number, number>();
profile.samples.forEach((id, i) => {
  if (times[i]! >= windowStart && times[i]! <= windowEnd)
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const short = (url: string) => url.replace(/^.*\/(node_modules\/)/, '$1').replace(/^file:\/\/.*\/main\//, '');
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
const fns = new Map<string, number>();
const files = new Map<string, number>();
for (const [id, us] of self) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  add(fns, `${functionName || '(anonymous)'} ${short(url)}:${lineNumber + 1}`, us);
  const file = url ? short(url).replace(/^(node_modules\/(@[^/]+\/)?[^/]+).*$/, '$1') : functionName;
  add(files, file, us);
}
const print = (title: string, map: Map<string, number>, n: number) => {
  console.log(`\n${title} (self time, ${(total / 1000).toFixed(0)} ms sampled)`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(
      `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / result.requests / 1000).toFixed(3)} ms/req  ${key}`,
    );
};
// inclusive: a function's own time and its callees', once per stack (recursion counted once)
const inclusive = new Map<string, number>();
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const walk = (id: number, onStack: Set<string>): number => {
  const node = byId.get(id)!;
  let sum = self.get(id) ?? 0;
  const key = label(node);
  const fresh = !onStack.has(key);
  if (fresh) onStack.add(key);
  for (const child of node.children ?? []) sum += walk(child, onStack);
  if (fresh) {
    onStack.delete(key);
    add(inclusive, key, sum);
  }
  return sum;
};
walk(profile.nodes[0]!.id, new Set());
const ours = new Map([...inclusive].filter(([k]) => /server\/|runtime\//.test(k) && !/node_modules/.test(k)));
print('by file or package', files, 25);
print('by function', fns, 25);
print('inclusive, our code', ours, 40);
fs.rmSync(dir, { recursive: true, force: true });
