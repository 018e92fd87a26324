/**
 * Benchmarks on the synthetic catalogue (built on first run with `npm run db:synth`):
 *   npm run bench [-- --db data/synthetic/aila-100000.sqlite --runs 60]
 * Prints p50/p95 of realistic explorer queries through the HTTP app (app.request) and the same
 * queries through the store directly, and their ratio. Figures only: nothing here asserts times.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '@aila/api';
import { catalogue, getDeployment, getStats, listDeployments, openDatabase, publish } from '@aila/db';
import { type Deployment, type DeploymentFilters, recordOf } from '@aila/domain';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: join(ROOT, 'data', 'synthetic', 'aila-100000.sqlite') },
    runs: { type: 'string', default: '40' },
  },
});
const dbPath = resolve(values.db);
const runs = Number(values.runs);
if (!existsSync(dbPath)) {
  console.log(`Building ${dbPath} …`);
  execFileSync('npx', ['tsx', join(ROOT, 'packages/db/src/cli/synth.ts'), '--rows', '100000', '--out', dbPath], {
    stdio: 'inherit',
  });
}
// A database from an older release is migrated (and its search index rebuilt) before measuring.
openDatabase(dbPath).close();

const db = openDatabase(dbPath, { readonly: true });
const app = createApp({ db, config: { includeSynthetic: true }, log: () => undefined });

(globalThis as { gc?: () => void }).gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const buildStart = performance.now();
catalogue(db);
const buildMs = performance.now() - buildStart;
(globalThis as { gc?: () => void }).gc?.();
const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
const scope = { includeSynthetic: true };

interface Query {
  name: string;
  path: string;
  direct: () => unknown;
}
const list =
  (filters: DeploymentFilters, sort: 'title' | '-year' = 'title') =>
  () =>
    listDeployments(db, filters, { ...scope, page: 1, pageSize: 20, sort });
const queries: Query[] = [
  { name: 'explorer: first page + facets', path: '/api/v1/deployments', direct: list({}) },
  { name: 'explorer: one sector', path: '/api/v1/deployments?sector=health', direct: list({ sector: ['health'] }) },
  {
    name: 'explorer: 3 filters, by year',
    path: '/api/v1/deployments?sector=transport&stage=production&province=VN23&sort=-year',
    direct: list({ sector: ['transport'], stage: ['production'], province: ['VN23'] }, '-year'),
  },
  {
    name: 'explorer: search "tro ly ao"',
    path: '/api/v1/deployments?q=tro%20ly%20ao',
    direct: list({ q: 'tro ly ao' }),
  },
  {
    name: 'explorer: search + filter',
    path: '/api/v1/deployments?q=ha%20noi&category=virtual_assistant',
    direct: list({ q: 'ha noi', category: ['virtual_assistant'] }),
  },
  { name: 'overview: stats', path: '/api/v1/stats', direct: () => getStats(db, {}, scope) },
];

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
async function measure(fn: () => unknown | Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const total = (db.prepare('SELECT COUNT(*) AS n FROM deployments').get() as { n: number }).n;
console.log(`\nDatabase: ${dbPath} (${total.toLocaleString('en')} deployments), ${runs} runs per query\n`);
const rows: Record<string, string>[] = [];
for (const q of queries) {
  const api = await measure(async () => {
    const res = await app.request(q.path);
    if (res.status !== 200) throw new Error(`${q.path} answered ${res.status}`);
    await res.arrayBuffer();
  });
  const direct = await measure(q.direct);
  // The same query with nothing reused: the filter set evaluated afresh every time.
  const cold = await measure(() => {
    catalogue(db).forgetRecent();
    return q.direct();
  });
  rows.push({
    query: q.name,
    'api p50 ms': api.p50.toFixed(1),
    'api p95 ms': api.p95.toFixed(1),
    'store p50 ms': direct.p50.toFixed(1),
    'store p95 ms': direct.p95.toFixed(1),
    'api/store p50': (api.p50 / direct.p50).toFixed(2),
    'first evaluation p50 ms': cold.p50.toFixed(1),
    'first evaluation p95 ms': cold.p95.toFixed(1),
  });
}
console.table(rows);
console.log(`Index build: ${buildMs.toFixed(0)} ms, about ${indexMb.toFixed(1)} MB of heap.`);
console.log(
  'Store: a repeated filter set reuses its evaluation (kept per catalogue version); "first evaluation" forgets it each time.',
);
console.log('Targets: p95 ≤ 25 ms per explorer query at 100k (first evaluation included); api/store ratio ≤ 1.5.\n');

// A write through another connection (as an import or a reviewer's approval would make), then
// the explorer's first query: the engine re-reads only the changed record.
const writer = openDatabase(dbPath);
const plain = await measure(async () => (await app.request('/api/v1/deployments')).arrayBuffer());
let n = 0;
const publishTimes: number[] = [];
const afterPublish = await measure(async () => {
  const id = `synthetic-${(n++ * 7919) % total}`;
  const record = recordOf(getDeployment(writer, id, scope) as Deployment);
  const started = performance.now();
  publish(
    writer,
    { ...record, stage: record.stage === 'pilot' ? 'production' : 'pilot' },
    {
      actor: 'bench',
      origin: 'synthetic',
      now: new Date().toISOString(),
    },
  );
  publishTimes.push(performance.now() - started);
  const res = await app.request('/api/v1/deployments');
  if (res.status !== 200) throw new Error(`answered ${res.status}`);
  await res.arrayBuffer();
});
writer.close();
publishTimes.sort((a, b) => a - b);
console.table([
  { case: 'first page + facets', 'p50 ms': plain.p50.toFixed(1), 'p95 ms': plain.p95.toFixed(1) },
  {
    case: 'publish one record, then the same query',
    'p50 ms': afterPublish.p50.toFixed(1),
    'p95 ms': afterPublish.p95.toFixed(1),
  },
]);
console.log(
  `Publish p50 ${percentile(publishTimes, 50).toFixed(1)} ms (not in the query time). Query after publish / plain query, p95: ${(afterPublish.p95 / plain.p95).toFixed(2)} (target ≤ 2).\n`,
);

/**
 * Resident memory in MB: the process's own (heap, buffers) and the database file's pages mapped
 * in, which the operating system shares and can drop (the database is read through a memory map).
 */
function resident(): { own: number; mapped: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (name: string) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? 0);
  return { own: kb('RssAnon') / 1024, mapped: (kb('RssFile') + kb('RssShmem')) / 1024 };
}

/** Streams a whole export and samples memory while it runs. */
async function measureExport(format: 'csv' | 'json') {
  // Collect first (the bench runs with --expose-gc) so the baseline holds only live memory.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = resident();
  const peak = { ...before };
  const sample = () => {
    const now = resident();
    peak.own = Math.max(peak.own, now.own);
    peak.mapped = Math.max(peak.mapped, now.mapped);
  };
  const start = performance.now();
  const res = await app.request(`/api/v1/deployments/export?format=${format}`);
  const reader = res.body?.getReader();
  let bytes = 0;
  let chunks = 0;
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    bytes += next.value.byteLength;
    if (++chunks % 20 === 0) sample();
  }
  sample();
  return {
    export: format,
    rows: total.toLocaleString('en'),
    'MB written': (bytes / 2 ** 20).toFixed(1),
    seconds: ((performance.now() - start) / 1000).toFixed(2),
    'RSS growth MB (own)': (peak.own - before.own).toFixed(1),
    'mapped file growth MB': (peak.mapped - before.mapped).toFixed(1),
  };
}
console.table([await measureExport('csv'), await measureExport('json')]);
console.log(
  'Target: export RSS growth ≤ 50 MB (own memory; the mapped file pages are the operating system’s page cache).',
);
db.close();

console.log('\nOverview speed (headless chromium, localhost, cold cache each load)');
const { benchOverview } = await import('./overview.ts');
await benchOverview();
