/**
 * Load test, loopback only and bounded in time:   npm run load [-- --seconds 8 --connections 50]
 * Runs the compiled server as a child process over the curated catalogue and over the 100,000-
 * record synthetic database, and a bare node:http hello server in the same run as the baseline.
 * Prints req/s, p50/p99, errors and the server's RSS per scenario, and each one's ratio to the
 * bare server. Figures only: nothing here asserts a time.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { createOfficer, ROOT, signIn, startServer, tempDir } from '../system/harness.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '8' }, connections: { type: 'string', default: '50' } },
});
const SECONDS = Math.min(30, Math.max(2, Number(values.seconds)));
const CONNECTIONS = Math.min(200, Math.max(1, Number(values.connections)));
const SYNTHETIC = join(ROOT, 'data', 'synthetic', 'aila-100000.sqlite');

function rssMb(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? Number.NaN) / 1024;
}

interface Row {
  scenario: string;
  'req/s': string;
  'p50 ms': string;
  'p99 ms': string;
  errors: number;
  'RSS MB': string;
  'vs bare': string;
}

async function measure(
  name: string,
  base: string,
  path: string,
  child: ChildProcess | undefined,
  options: Partial<autocannon.Options> = {},
): Promise<Row & { rps: number }> {
  const result = await autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'Accept-Encoding': 'br, gzip' },
    ...options,
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    scenario: name,
    rps: result.requests.average,
    'req/s': result.requests.average.toFixed(0),
    'p50 ms': result.latency.p50.toFixed(1),
    'p99 ms': result.latency.p99.toFixed(1),
    errors,
    'RSS MB': rssMb(child?.pid).toFixed(0),
    'vs bare': '',
  };
}

/** A bare node:http hello server in its own process: the ceiling of this machine. */
function bareServer(): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [
    '-e',
    "const s=require('node:http').createServer((q,r)=>{r.writeHead(200,{'content-type':'text/plain'});r.end('hello')});s.listen(0,'127.0.0.1',()=>console.log(s.address().port))",
  ]);
  return new Promise((resolve) =>
    child.stdout?.once('data', (c: Buffer) => resolve({ base: `http://127.0.0.1:${String(c).trim()}`, child })),
  );
}

let uncached = 0;
/** Explorer queries that no cache can answer: page size, page and year range never repeat in a run. */
const uncachedQuery = () => {
  uncached += 1;
  const size = 10 + (uncached % 90);
  const page = 1 + (Math.floor(uncached / 90) % 30);
  const year = 2010 + (Math.floor(uncached / 2700) % 15);
  return `/api/v1/deployments?sector=health,transport,public_administration&yearFrom=${year}&pageSize=${size}&page=${page}`;
};

const rows: (Row & { rps: number })[] = [];
const bare = await bareServer();
rows.push(await measure('bare node:http hello', bare.base, '/', bare.child));

// The curated catalogue.
const catalogueDb = join(tempDir('load'), 'aila.sqlite');
const server = await startServer({ DATABASE_PATH: catalogueDb, WRITES_PER_MINUTE: '1000000' });
for (const [name, path] of [
  ['catalogue: stats (cached)', '/api/v1/stats'],
  ['catalogue: explorer first page (cached)', '/api/v1/deployments'],
  ['catalogue: search "tro ly ao" (cached)', '/api/v1/deployments?q=tro%20ly%20ao'],
  ['catalogue: record page (cached)', '/api/v1/deployments/bach-mai-lung-cancer-ai'],
] as const)
  rows.push(await measure(name, server.base, path, server.child));
rows.push(
  await measure('catalogue: CSV export', server.base, '/api/v1/deployments/export?format=csv', server.child, {
    connections: Math.min(10, CONNECTIONS),
  }),
);

// Reads and submission writes together; afterwards the stored drafts equal the acknowledged ones.
await createOfficer(catalogueDb, 'load@bachmai.gov.vn');
const client = await signIn(server.base, 'load@bachmai.gov.vn');
const acknowledged: string[] = [];
let writing = true;
const writers = Array.from({ length: 4 }, async () => {
  let n = 0;
  while (writing) {
    const res = await client.post('/api/v1/submissions', { record: { title: { en: `Load ${n++}` } } });
    if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
  }
});
rows.push(
  await measure('catalogue: reads during submission writes', server.base, '/api/v1/stats?sector=health', server.child),
);
writing = false;
await Promise.all(writers);
const db = new Database(catalogueDb, { readonly: true });
const stored = new Set((db.prepare('SELECT id FROM submissions').all() as { id: string }[]).map((r) => r.id));
db.close();
const lost = acknowledged.filter((id) => !stored.has(id)).length;
server.child.kill('SIGTERM');

// The 100,000-record synthetic database, in benchmark mode.
if (!existsSync(SYNTHETIC))
  execFileSync('npx', ['tsx', join(ROOT, 'packages/db/src/cli/synth.ts'), '--rows', '100000', '--out', SYNTHETIC], {
    stdio: 'inherit',
  });
const big = await startServer({ DATABASE_PATH: SYNTHETIC, BENCHMARK_MODE: '1' }, 120_000);
rows.push(await measure('100k: stats (cached)', big.base, '/api/v1/stats', big.child));
rows.push(await measure('100k: explorer first page (cached)', big.base, '/api/v1/deployments', big.child));
rows.push(
  await measure('100k: explorer, every query different (uncached)', big.base, '/api/v1/deployments', big.child, {
    requests: [{ setupRequest: (req) => ({ ...req, path: uncachedQuery() }) }],
  }),
);
rows.push(
  await measure('100k: search, every query different (uncached)', big.base, '/api/v1/deployments', big.child, {
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          path: `/api/v1/deployments?q=tro%20ly%20ao&pageSize=${10 + (uncached % 90)}&page=${1 + (Math.floor(uncached++ / 90) % 100)}`,
        }),
      },
    ],
  }),
);
big.child.kill('SIGTERM');
bare.child.kill();

const baseline = rows[0]?.rps ?? 1;
for (const row of rows) row['vs bare'] = `${(row.rps / baseline).toFixed(2)}×`;
console.log(
  `\n${SECONDS} s per scenario, ${CONNECTIONS} connections (exports: 10), loopback, 2 cores shared with the load generator\n`,
);
console.table(rows.map(({ rps: _rps, ...row }) => row));
console.log(
  `Writes during the mixed run: ${acknowledged.length} acknowledged, ${lost} missing from the database afterwards.`,
);
console.log(
  'Goals: cached public GETs ≥ 0.5× bare; uncached explorer at 100k ≥ 200 req/s with p99 ≤ 100 ms; 0 errors.',
);
process.exit(0);
