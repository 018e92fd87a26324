/**
 * Writes a deterministic synthetic database for benchmarks and load tests:
 *   npm run db:synth -- --rows 100000 [--out data/synthetic/aila-100000.sqlite] [--seed 42]
 * Every record is flagged `provenance: synthetic`; it never writes to the catalogue database.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { openDatabase } from '../connection.ts';
import { publish, saveAgency } from '../publish.ts';
import { syntheticCatalogue } from '../synthetic.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const CATALOGUE = join(ROOT, 'data', 'aila.sqlite');

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
const rows = Number(values.rows);
const seed = Number(values.seed);
if (!Number.isInteger(rows) || rows < 1 || rows > 5_000_000) {
  console.error('--rows must be a whole number from 1 to 5000000');
  process.exit(2);
}
const out = resolve(values.out ?? join(ROOT, 'data', 'synthetic', `aila-${rows}.sqlite`));
if (out === CATALOGUE) {
  console.error(`Refusing to write synthetic records into the catalogue database ${CATALOGUE}.`);
  process.exit(2);
}
if (existsSync(out)) {
  const existing = openDatabase(out, { readonly: true });
  const real = existing.prepare("SELECT COUNT(*) AS n FROM deployments WHERE provenance <> 'synthetic'").get() as {
    n: number;
  };
  existing.close();
  if (real.n > 0) {
    console.error(`Refusing to overwrite ${out}: it holds ${real.n} non-synthetic records.`);
    process.exit(2);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${out}${suffix}`, { force: true });
}

const started = performance.now();
const db = openDatabase(out);
db.pragma('synchronous = OFF');
const now = '2026-01-01T00:00:00.000Z';
const bar = new SingleBar({ format: 'synthetic {bar} {value}/{total} deployments · {duration}s', hideCursor: true });
bar.start(rows, 0);
let done = 0;
const batch = db.transaction(
  (items: ReturnType<typeof syntheticCatalogue> extends Generator<infer T> ? T[] : never) => {
    for (const item of items) {
      if (item.kind === 'agency') saveAgency(db, item.agency, now);
      else publish(db, item.record, { actor: 'db:synth', origin: 'synthetic', now });
    }
  },
);
let pending: Parameters<typeof batch>[0] = [];
for (const item of syntheticCatalogue(rows, seed)) {
  pending.push(item);
  if (pending.length === 2000) {
    batch(pending);
    done += pending.filter((x) => x.kind === 'deployment').length;
    bar.update(done);
    pending = [];
  }
}
batch(pending);
done += pending.filter((x) => x.kind === 'deployment').length;
bar.update(done);
bar.stop();
db.pragma('optimize');
db.close();
console.log(`Wrote ${rows} synthetic deployments to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
