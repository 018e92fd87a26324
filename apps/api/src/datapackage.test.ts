import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFromFiles, mappingFiles } from '@aila/db';
import type { TableSchema } from '@aila/domain';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { call, createTestApp, signIn } from './testing.ts';

const { app, db } = createTestApp();
// Other countries' registers too: exports and dumps carry every register's records.
for (const mapping of mappingFiles(join(import.meta.dirname, '..', '..', '..', 'data', 'mappings')))
  importFromFiles(db, mapping, undefined, { now: '2026-05-01T00:00:00.000Z' });

interface Descriptor {
  profile: string;
  name: string;
  licenses: { name: string }[];
  provenance: Record<string, unknown>;
  resources: { name: string; path: string; encoding: string; schema: TableSchema }[];
}

async function unzip(path: string): Promise<Record<string, string>> {
  const res = await app.request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Checks a CSV resource against its own Table Schema, as a Frictionless validator would. */
function validate(csv: string, schema: TableSchema): Record<string, string>[] {
  const rows = parse(csv) as string[][];
  const [header, ...data] = rows;
  expect(header).toEqual(schema.fields.map((f) => f.name));
  const keys = new Map<string, number>();
  data.forEach((row, r) => {
    expect(row.length, `row ${r + 1}`).toBe(schema.fields.length);
    schema.fields.forEach((f, i) => {
      const cell = row[i] ?? '';
      const at = `row ${r + 1}, ${f.name}: "${cell}"`;
      if (schema.missingValues.includes(cell)) {
        expect(f.constraints?.required ?? false, at).toBe(false);
        return;
      }
      if (f.type === 'integer') expect(cell, at).toMatch(/^-?\d+$/);
      if (f.type === 'datetime') expect(Number.isNaN(Date.parse(cell)), at).toBe(false);
      if (f.constraints?.enum) expect(f.constraints.enum, at).toContain(cell);
    });
    const key = [schema.primaryKey ?? []]
      .flat()
      .map((k) => row[header?.indexOf(k) ?? -1])
      .join('|');
    keys.set(key, (keys.get(key) ?? 0) + 1);
  });
  if (schema.primaryKey) expect([...keys.values()].every((n) => n === 1)).toBe(true);
  return parse(csv, { columns: true }) as Record<string, string>[];
}

describe('research-grade downloads', () => {
  test('the filtered view as a Data Package: its CSV validates against its own schema and holds exactly the view', async () => {
    const query = 'country=VN&sector=health';
    const view = (await (await app.request(`/api/v1/deployments?${query}&pageSize=100`)).json()) as {
      total: number;
      items: { id: string }[];
    };
    expect(view.total).toBeGreaterThan(0);
    const files = await unzip(`/api/v1/deployments/export?${query}&format=datapackage`);
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', 'deployments.csv']);
    const descriptor = JSON.parse(files['datapackage.json'] as string) as Descriptor;
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(descriptor.provenance).toMatchObject({ filters: query });
    expect(descriptor.provenance.catalogueVersion).toEqual(expect.any(Number));
    const resource = descriptor.resources[0];
    expect(resource?.path).toBe('deployments.csv');
    expect(resource?.encoding).toBe('utf-8');
    const rows = validate(files['deployments.csv'] as string, resource?.schema as TableSchema);
    expect(rows.map((r) => r.ID ?? r.Id ?? Object.values(r)[0]).sort()).toEqual(view.items.map((d) => d.id).sort());
    // The indicative tier column reads the same as the API's facet.
    const facets = (await (await app.request(`/api/v1/deployments?${query}&pageSize=1`)).json()) as {
      facets: { indicativeTier: { value: string; count: number }[] };
    };
    const high = facets.facets.indicativeTier.find((v) => v.value === 'high')?.count ?? 0;
    const tierColumn = resource?.schema.fields.find((f) => f.name.startsWith('Indicative'))?.name as string;
    expect(rows.filter((r) => r[tierColumn] === 'Likely high risk').length).toBe(high);
  });

  test('Vietnamese headers and labels in a Vietnamese package, and a bad format is a 400', async () => {
    const files = await unzip('/api/v1/deployments/export?country=NL&format=datapackage&lang=vi');
    const descriptor = JSON.parse(files['datapackage.json'] as string) as Descriptor;
    const rows = validate(files['deployments.csv'] as string, descriptor.resources[0]?.schema as TableSchema);
    const nl = (await (await app.request('/api/v1/deployments?country=NL&pageSize=1')).json()) as { total: number };
    expect(rows.length).toBe(nl.total);
    expect(nl.total).toBeGreaterThan(1000);
    expect(Object.keys(rows[0] ?? {})).toContain('Lĩnh vực');
    const bad = await app.request('/api/v1/deployments/export?format=xlsx');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('format');
  });

  test('the full dump as a Data Package holds every record, every revision, agencies and registers', async () => {
    const files = await unzip('/api/v1/dump?format=datapackage');
    const descriptor = JSON.parse(files['datapackage.json'] as string) as Descriptor;
    expect(descriptor.resources.map((r) => r.name)).toEqual(['deployments', 'revisions', 'agencies', 'registers']);
    const byName = Object.fromEntries(descriptor.resources.map((r) => [r.name, r]));
    const deployments = validate(files['deployments.csv'] as string, byName.deployments?.schema as TableSchema);
    const revisions = validate(files['revisions.csv'] as string, byName.revisions?.schema as TableSchema);
    const registers = validate(files['registers.csv'] as string, byName.registers?.schema as TableSchema);
    validate(files['agencies.csv'] as string, byName.agencies?.schema as TableSchema);
    const total = (await (await app.request('/api/v1/deployments?pageSize=1')).json()) as { total: number };
    expect(deployments.length).toBe(total.total);
    expect(revisions.length).toBeGreaterThanOrEqual(total.total);
    expect(JSON.parse(revisions[0]?.record ?? '{}').id).toBe(revisions[0]?.id);
    expect(registers.map((r) => r.id).sort()).toEqual(['nl-algoritmeregister', 'uk-atrs', 'us-omb-2025']);
  }, 60_000);

  test('the SQLite dump has the catalogue and none of the accounts, sessions, drafts or reviewers', async () => {
    const officer = await signIn(app, db, 'dump-officer@example.vn', 'submitter', 'bach-mai-hospital');
    // Rows that point at the account: a draft, and readiness answers.
    const draft = await call(app, officer, 'POST', '/api/v1/submissions', { record: { title: { en: 'A draft' } } });
    expect(draft.status).toBe(201);
    const answers = await call(app, officer, 'PUT', '/api/v1/readiness/agencies/bach-mai-hospital', {
      answers: { 'data.quality': { value: 2, note: 'private note' } },
    });
    expect(answers.status).toBe(200);
    const res = await app.request('/api/v1/dump?format=sqlite');
    expect(res.status).toBe(200);
    const path = join(mkdtempSync(join(tmpdir(), 'aila-dump-test-')), 'dump.sqlite');
    writeFileSync(path, Buffer.from(await res.arrayBuffer()));
    const dump = new Database(path, { readonly: true });
    const count = (sql: string) => (dump.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT COUNT(*) AS n FROM users')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM sessions')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM audit_log')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM submissions')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM readiness_responses')).toBe(0);
    expect(readFileSync(path).includes('private note')).toBe(false);
    expect(count("SELECT COUNT(*) AS n FROM deployment_revisions WHERE actor <> ''")).toBe(0);
    const live = (db.prepare("SELECT COUNT(*) AS n FROM deployments WHERE status = 'published'").get() as { n: number })
      .n;
    expect(count("SELECT COUNT(*) AS n FROM deployments WHERE status = 'published'")).toBe(live);
    dump.close();
  });
});
