/**
 * Load test, loopback only and bounded in time:   npm run load [-- --seconds 8 --connections 50]
 * Runs the compiled server as a child process over the curated catalogue and over the 100,000-
 * record synthetic database, and a bare node:http hello server in the same run as the baseline.
 * Each scenario is warmed up for a second, then measured. Prints req/s, p50/p99, errors, the
 * server's CPU and memory per scenario, and each one's ratio to the bare server; for cached
 * answers also the ratio to a bare server sending the very same bytes (the load generator reads
 * every body as text, so large answers are bounded by it, not by the server). Figures only:
 * nothing here asserts a time.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
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
/** The rate the uncached goal names: at it, latency is measured without the server being saturated. */
const GOAL_RATE = 200;
const ENCODINGS = { 'Accept-Encoding': 'br, gzip' };

/** Resident memory of a process: its own (heap, stacks) and file pages mapped in (the database). */
function memory(pid: number | undefined): { anon: number; file: number } {
  if (!pid) return { anon: Number.NaN, file: Number.NaN };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? Number.NaN);
  return { anon: kb('RssAnon') / 1024, file: (kb('RssFile') + kb('RssShmem')) / 1024 };
}

/** CPU seconds a process has used so far (user + system). */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Row {
  scenario: string;
  'req/s': string;
  'p50 ms': string;
  'p99 ms': string;
  errors: number;
  'server CPU': string;
  'heap+stack MB': string;
  'mapped file MB': string;
  'vs bare': string;
  'vs same bytes': string;
}
type Measured = Row & { rps: number };

async function measure(
  name: string,
  base: string,
  path: string,
  child: ChildProcess | undefined,
  options: Partial<autocannon.Options> = {},
): Promise<Measured> {
  const run = (duration: number) =>
    autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration, headers: ENCODINGS, ...options });
  await run(1);
  const cpuBefore = cpuSeconds(child?.pid);
  const started = performance.now();
  const result = await run(SECONDS);
  return row(name, child, {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cores: (cpuSeconds(child?.pid) - cpuBefore) / ((performance.now() - started) / 1000),
  });
}

/** One line of the table: the figures measured, and the server's memory now. */
function row(
  scenario: string,
  child: ChildProcess | undefined,
  m: { rps: number; p50: number; p99: number; errors: number; cores: number },
): Measured {
  const mem = memory(child?.pid);
  return {
    scenario,
    rps: m.rps,
    'req/s': m.rps.toFixed(0),
    'p50 ms': m.p50.toFixed(1),
    'p99 ms': m.p99.toFixed(1),
    errors: m.errors,
    'server CPU': `${m.cores.toFixed(2)} cores`,
    'heap+stack MB': mem.anon.toFixed(0),
    'mapped file MB': mem.file.toFixed(0),
    'vs bare': '',
    'vs same bytes': '',
  };
}

/**
 * Requests at a steady rate (open loop), whatever the answers' pace: each one's latency counts
 * from when it was due, so time spent waiting for a free connection is counted too.
 */
async function paced(
  name: string,
  base: string,
  next: () => string,
  rate: number,
  child: ChildProcess | undefined,
): Promise<Measured> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let latencies: number[] = [];
  let errors = 0;
  let cpuBefore = 0;
  let started = 0;
  const inFlight: Promise<void>[] = [];
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const req = request(`${base}${next()}`, { agent, headers: ENCODINGS }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) errors += 1;
          latencies.push(performance.now() - due);
          resolve();
        });
      });
      req.setTimeout(10_000, () => req.destroy());
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end();
    });
  // One second of warm-up, then the measured seconds.
  for (const seconds of [1, SECONDS]) {
    latencies = [];
    errors = 0;
    cpuBefore = cpuSeconds(child?.pid);
    started = performance.now();
    const total = rate * seconds;
    for (let sent = 0; sent < total; ) {
      const now = performance.now();
      for (; sent < total && started + (sent * 1000) / rate <= now; sent++)
        inFlight.push(send(started + (sent * 1000) / rate));
      await new Promise((r) => setTimeout(r, 1));
    }
    await Promise.all(inFlight);
  }
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return row(name, child, {
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors,
    cores: (cpuSeconds(child?.pid) - cpuBefore) / seconds,
  });
}

/** A bare node:http server in its own process: "hello", or one recorded answer sent back as is. */
function bareServer(answerFile?: string): Promise<{ base: string; child: ChildProcess }> {
  const script = answerFile
    ? `const a=JSON.parse(require('node:fs').readFileSync(${JSON.stringify(answerFile)},'utf8'));const b=Buffer.from(a.body,'base64');const s=require('node:http').createServer((q,r)=>{r.writeHead(200,a.headers);r.end(b)});s.listen(0,'127.0.0.1',()=>console.log(s.address().port))`
    : "const s=require('node:http').createServer((q,r)=>{r.writeHead(200,{'content-type':'text/plain'});r.end('hello')});s.listen(0,'127.0.0.1',()=>console.log(s.address().port))";
  const child = spawn(process.execPath, ['-e', script]);
  return new Promise((resolve) =>
    child.stdout?.once('data', (c: Buffer) => resolve({ base: `http://127.0.0.1:${String(c).trim()}`, child })),
  );
}

/** One answer exactly as the server sends it (headers and compressed body), saved to a file. */
function recordAnswer(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(url, { headers: ENCODINGS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const file = join(tempDir('answer'), 'answer.json');
        const headers = res.rawHeaders.filter((_, i) => {
          const name = res.rawHeaders[i - (i % 2)]?.toLowerCase();
          return name !== 'date' && name !== 'connection' && name !== 'keep-alive';
        });
        writeFileSync(file, JSON.stringify({ headers, body: Buffer.concat(chunks).toString('base64') }));
        resolve(file);
      });
    })
      .on('error', reject)
      .end();
  });
}

/** A cached scenario, and the same bytes sent by a bare server right after it. */
async function measureCached(name: string, base: string, path: string, child: ChildProcess): Promise<Measured> {
  const row = await measure(name, base, path, child);
  const replay = await bareServer(await recordAnswer(`${base}${path}`));
  const floor = await measure('', replay.base, '/', replay.child);
  replay.child.kill();
  row['vs same bytes'] = `${(row.rps / floor.rps).toFixed(2)}× (${floor['req/s']} req/s)`;
  return row;
}

/** What the explorer page asks for: the rows its results table shows. */
const EXPLORER = 'lang=en&view=rows';
let uncached = 0;
/** Queries that no cache can answer: page size, page and year range never repeat in a run. */
const uncachedQuery = (view: string) => () => {
  uncached += 1;
  const size = 10 + (uncached % 90);
  const page = 1 + (Math.floor(uncached / 90) % 30);
  const year = 2010 + (Math.floor(uncached / 2700) % 15);
  return `/api/v1/deployments?sector=health,transport,public_administration&yearFrom=${year}&pageSize=${size}&page=${page}&${view}`;
};
const uncachedSearch = () => {
  uncached += 1;
  return `/api/v1/deployments?q=tro%20ly%20ao&pageSize=${10 + (uncached % 90)}&page=${1 + (Math.floor(uncached / 90) % 100)}&${EXPLORER}`;
};
const each = (next: () => string): Partial<autocannon.Options> => ({
  requests: [{ setupRequest: (req) => ({ ...req, path: next() }) }],
});

const rows: Measured[] = [];
const bare = await bareServer();
rows.push(await measure('bare node:http hello', bare.base, '/', bare.child));

// The curated catalogue.
const catalogueDb = join(tempDir('load'), 'aila.sqlite');
const server = await startServer({ DATABASE_PATH: catalogueDb, WRITES_PER_MINUTE: '1000000' }, 30_000, {
  quiet: true,
});
for (const [name, path] of [
  ['catalogue: stats (cached)', '/api/v1/stats'],
  ['catalogue: explorer first page (cached)', `/api/v1/deployments?pageSize=25&${EXPLORER}`],
  ['catalogue: explorer search "tro ly ao" (cached)', `/api/v1/deployments?q=tro%20ly%20ao&pageSize=25&${EXPLORER}`],
  ['catalogue: API first page, full records (cached)', '/api/v1/deployments'],
  ['catalogue: record page (cached)', '/api/v1/deployments/bach-mai-lung-cancer-ai'],
] as const)
  rows.push(await measureCached(name, server.base, path, server.child));
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
const big = await startServer({ DATABASE_PATH: SYNTHETIC, BENCHMARK_MODE: '1' }, 120_000, { quiet: true });
rows.push(await measureCached('100k: stats (cached)', big.base, '/api/v1/stats', big.child));
rows.push(
  await measureCached(
    '100k: explorer first page (cached)',
    big.base,
    `/api/v1/deployments?pageSize=25&${EXPLORER}`,
    big.child,
  ),
);
rows.push(
  await measure(
    '100k: explorer, every query different (uncached)',
    big.base,
    '/api/v1/deployments',
    big.child,
    each(uncachedQuery(EXPLORER)),
  ),
);
rows.push(
  await paced(
    `100k: explorer uncached, steady ${GOAL_RATE} req/s`,
    big.base,
    uncachedQuery(EXPLORER),
    GOAL_RATE,
    big.child,
  ),
);
rows.push(
  await measure(
    '100k: API full records, every query different (uncached)',
    big.base,
    '/api/v1/deployments',
    big.child,
    each(uncachedQuery('view=full')),
  ),
);
rows.push(
  await measure(
    '100k: search, every query different (uncached)',
    big.base,
    '/api/v1/deployments',
    big.child,
    each(uncachedSearch),
  ),
);
rows.push(
  await paced(`100k: search uncached, steady ${GOAL_RATE} req/s`, big.base, uncachedSearch, GOAL_RATE, big.child),
);
big.child.kill('SIGTERM');
bare.child.kill();

const baseline = rows[0]?.rps ?? 1;
for (const row of rows) row['vs bare'] = `${(row.rps / baseline).toFixed(2)}×`;
console.log(
  `\n${SECONDS} s per scenario after 1 s of warm-up, ${CONNECTIONS} connections (exports: 10), loopback, 2 cores shared with the load generator\n`,
);
console.table(rows.map(({ rps: _rps, ...row }) => row));
console.log(
  `Writes during the mixed run: ${acknowledged.length} acknowledged, ${lost} missing from the database afterwards.`,
);
console.log(
  `Goals: cached public GETs ≥ 0.5× bare; uncached explorer at 100k ≥ ${GOAL_RATE} req/s with p99 ≤ 100 ms; 0 errors.`,
);
console.log(
  '"vs same bytes": against a bare node:http server sending the identical answer (headers and compressed body) — the ceiling this load generator allows for an answer of that size.',
);
process.exit(0);
