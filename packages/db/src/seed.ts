import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Agency,
  AgencySchema,
  DeploymentInputSchema,
  type DeploymentRecord,
  type Landscape,
  LandscapeSchema,
} from '@aila/domain';
import type { z } from 'zod';
import type { Db } from './connection.ts';
import { saveLandscape } from './landscape.ts';
import { publish, saveAgency, withdraw } from './publish.ts';

export interface SeedProblem {
  file: string;
  /** The record's id where it has one, else its position. */
  record: string;
  path: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `seed refused, ${problems.length} problem(s):\n${problems
        .slice(0, 50)
        .map((p) => `  ${p.file} ${p.record} ${p.path || '(record)'}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}

export interface SeedFiles {
  agencies: unknown;
  deployments: unknown;
  /** Optional: a seed without a landscape leaves the stored one unchanged. */
  landscape?: unknown;
}

export function readSeedFiles(dir: string): SeedFiles & { hash: string } {
  const read = (name: string): { text: string; value: unknown } => {
    const path = join(dir, name);
    if (!existsSync(path))
      throw new SeedValidationError([{ file: name, record: '-', path: '', message: 'file not found' }]);
    const text = readFileSync(path, 'utf8');
    try {
      return { text, value: JSON.parse(text) };
    } catch (error) {
      throw new SeedValidationError([
        { file: name, record: '-', path: '', message: `not valid JSON: ${(error as Error).message}` },
      ]);
    }
  };
  const agencies = read('agencies.json');
  const deployments = read('deployments.json');
  const landscape = read('landscape.json');
  const hash = createHash('sha256')
    .update(agencies.text)
    .update('\0')
    .update(deployments.text)
    .update('\0')
    .update(landscape.text)
    .digest('hex');
  return { agencies: agencies.value, deployments: deployments.value, landscape: landscape.value, hash };
}

function validateAll<S extends z.ZodType>(
  file: string,
  input: unknown,
  schema: S,
  problems: SeedProblem[],
): z.output<S>[] {
  if (!Array.isArray(input)) {
    problems.push({ file, record: '-', path: '', message: 'expected a JSON array of records' });
    return [];
  }
  const out: z.output<S>[] = [];
  input.forEach((raw, index) => {
    const id =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : `#${index}`;
    const result = schema.safeParse(raw);
    if (result.success) out.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ file, record: id, path: issue.path.join('.'), message: issue.message });
  });
  return out;
}

/** Agencies ordered so that every parent comes before its children; agencies in a cycle are left out. */
function parentsFirst(agencies: Agency[]): Agency[] {
  const placed = new Set<string>();
  const ordered: Agency[] = [];
  let pending = agencies;
  while (pending.length > 0) {
    const next = pending.filter((a) => !(a.parentId === null || placed.has(a.parentId)));
    const ready = pending.filter((a) => a.parentId === null || placed.has(a.parentId));
    if (ready.length === 0) break;
    for (const a of ready) {
      placed.add(a.id);
      ordered.push(a);
    }
    pending = next;
  }
  return ordered;
}

export interface SeedResult {
  agencies: number;
  deployments: number;
  /** New or changed records published as new revisions. */
  changed: number;
  /** Curated records no longer in the seed, withdrawn (kept in their history). */
  withdrawn: number;
  /** Seed records left as they are because a later revision came from an agency, an import or a correction. */
  kept: number;
}

export interface SeedOptions {
  /** Apply a seed that would withdraw more than half of the published curated records. */
  force?: boolean;
}

/** A seed may withdraw at most this share of the published curated records unless forced. */
const MAX_WITHDRAWN_SHARE = 0.5;

/**
 * Validates every seed record with the domain schemas and publishes them in one transaction;
 * curated records missing from the seed are withdrawn. An invalid file is refused whole, with
 * the record id and field path of each problem, and so is a seed that would empty most of the
 * catalogue, unless forced.
 */
export function applySeed(db: Db, files: SeedFiles, now: string, options: SeedOptions = {}): SeedResult {
  const problems: SeedProblem[] = [];
  const agencies = validateAll('agencies.json', files.agencies, AgencySchema, problems) as Agency[];
  const deployments = validateAll(
    'deployments.json',
    files.deployments,
    DeploymentInputSchema,
    problems,
  ) as DeploymentRecord[];
  const agencyIds = new Set<string>();
  for (const a of agencies) {
    if (agencyIds.has(a.id))
      problems.push({ file: 'agencies.json', record: a.id, path: 'id', message: 'duplicate id' });
    agencyIds.add(a.id);
  }
  for (const a of agencies) {
    if (a.parentId && !agencyIds.has(a.parentId))
      problems.push({ file: 'agencies.json', record: a.id, path: 'parentId', message: `unknown agency ${a.parentId}` });
  }
  const ordered = parentsFirst(agencies);
  for (const a of agencies) {
    if (a.parentId && agencyIds.has(a.parentId) && !ordered.includes(a))
      problems.push({
        file: 'agencies.json',
        record: a.id,
        path: 'parentId',
        message: 'the parent chain loops back to this agency',
      });
  }
  const deploymentIds = new Set<string>();
  for (const d of deployments) {
    if (deploymentIds.has(d.id))
      problems.push({ file: 'deployments.json', record: d.id, path: 'id', message: 'duplicate id' });
    deploymentIds.add(d.id);
    if (!agencyIds.has(d.agencyId))
      problems.push({
        file: 'deployments.json',
        record: d.id,
        path: 'agencyId',
        message: `unknown agency ${d.agencyId}`,
      });
    if (d.provenance.kind === 'synthetic')
      problems.push({
        file: 'deployments.json',
        record: d.id,
        path: 'provenance.kind',
        message: 'synthetic records never belong in the catalogue',
      });
  }
  let landscape: Landscape | undefined;
  if (files.landscape !== undefined) {
    const parsed = LandscapeSchema.safeParse(files.landscape);
    if (parsed.success) landscape = parsed.data;
    else
      for (const issue of parsed.error.issues)
        problems.push({ file: 'landscape.json', record: '-', path: issue.path.join('.'), message: issue.message });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  const meta = { actor: 'seed', origin: 'seed' as const, now };
  // One immediate transaction: what the seed may change is read with the write lock held, so a
  // second process applying the same seed waits and then finds nothing left to do.
  return db
    .transaction((): SeedResult => {
      // Records whose latest revision came from elsewhere (an agency, an import, a correction)
      // belong to that path now: the seed never reverts or withdraws them.
      const owners = new Map(
        (
          db
            .prepare(
              `SELECT d.id, d.status, r.origin FROM deployments d
             JOIN deployment_revisions r ON r.deployment_id = d.id AND r.revision = d.revision`,
            )
            .all() as { id: string; status: string; origin: string }[]
        ).map((r) => [r.id, r]),
      );
      const seedOwned = (id: string) => (owners.get(id)?.origin ?? 'seed') === 'seed';
      const published = [...owners.values()]
        .filter((r) => r.status === 'published' && r.origin === 'seed')
        .map((r) => r.id);
      const leaving = published.filter((id) => !deploymentIds.has(id));
      if (!options.force && leaving.length > 0 && leaving.length > published.length * MAX_WITHDRAWN_SHARE)
        throw new SeedValidationError([
          {
            file: 'deployments.json',
            record: '-',
            path: '',
            message: `the seed would withdraw ${leaving.length} of ${published.length} published records; apply it with force if that is intended`,
          },
        ]);
      for (const a of ordered) saveAgency(db, a, now);
      let changed = 0;
      for (const d of deployments) if (seedOwned(d.id) && publish(db, d, meta).changed) changed += 1;
      for (const id of leaving) withdraw(db, id, meta);
      if (landscape) saveLandscape(db, landscape, now);
      const kept = deployments.filter((d) => !seedOwned(d.id)).length;
      return { agencies: agencies.length, deployments: deployments.length, changed, withdrawn: leaving.length, kept };
    })
    .immediate();
}

/** Loads the seed directory when its content differs from what was last applied. */
export function seedIfChanged(db: Db, dir: string, now: string, options: SeedOptions = {}): SeedResult | null {
  const files = readSeedFiles(dir);
  const applied = db.prepare("SELECT value FROM meta WHERE key = 'seed_hash'").get() as { value: string } | undefined;
  if (applied?.value === files.hash) return null;
  const result = applySeed(db, files, now, options);
  db.prepare(
    "INSERT INTO meta (key, value) VALUES ('seed_hash', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  ).run(files.hash);
  return result;
}
