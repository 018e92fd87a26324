import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Mapping, mappingJsonSchema } from '@aila/domain';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { catalogueVersion } from '../catalogue/version.ts';
import {
  countDeployments,
  getDeployment,
  listDeployments,
  listDeploymentsJson,
  listRevisions,
} from '../deployments.ts';
import { openSeededMemoryDb } from '../testing.ts';
import { importRegister } from './apply.ts';
import { importFromFiles, mappingFiles, readMapping } from './files.ts';
import { ImportInputError, parseMapping } from './read.ts';
import { listRegisters } from './registers.ts';

const MAPPINGS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'data', 'mappings');
const NOW = '2026-11-01T00:00:00.000Z';

/** A small CSV register, for the encodings and the shapes of messy files. */
const tiny = (over: Partial<Mapping> = {}): Mapping =>
  parseMapping(
    JSON.stringify({
      register: {
        id: 'xx-test',
        country: 'FR',
        name: { en: 'Test register', vi: 'Sổ đăng ký thử' },
        publisher: 'Test publisher',
        url: 'https://example.org/register',
        licence: 'CC0-1.0',
        language: 'fr',
        coverage: { en: 'A test.', vi: 'Thử nghiệm.' },
      },
      format: { type: 'csv' },
      fileDate: { constant: '2026-10-01' },
      id: { column: 'ref' },
      fields: {
        title: { column: 'nom' },
        summary: { column: 'but' },
        agency: { column: 'organisme' },
        sector: { column: 'secteur', map: { Santé: 'health' }, default: 'other' },
        category: { constant: 'other' },
        stage: { column: 'statut', map: { 'en service': 'production' }, default: 'unknown' },
      },
      ...over,
    }),
  );
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n');
const HEADER = ['ref', 'nom', 'but', 'organisme', 'secteur', 'statut'];
const ROWS = [
  [
    'A1',
    'Café d’accueil numérique',
    'Répond aux “usagers”\r\n  sur plusieurs lignes  ',
    'Mairie de Lyon',
    'Santé',
    'en service',
  ],
  ['A2', 'Tri des courriers', 'Classe le courrier entrant.', 'Mairie de Lyon', 'Autre', 'pilote'],
  ['A3', 'Détection des fraudes', 'Repère des dossiers.', 'Caisse régionale', 'Santé', 'en service'],
];

describe('the register importer', () => {
  test.each(mappingFiles(MAPPINGS).map((m) => [m.split('/').pop() as string, m]))(
    '%s: every row is imported or rejected with a reason, and a second run changes nothing',
    (_name, mapping) => {
      const db = openSeededMemoryDb(NOW);
      const first = importFromFiles(db, mapping, undefined, { now: NOW });
      expect(first.rows).toBeGreaterThan(100);
      expect(first.imported + first.rejected).toBe(first.rows);
      expect(first.imported).toBeGreaterThan(first.rows / 2);
      for (const r of first.rejections) expect(r.reasons.length, JSON.stringify(r)).toBeGreaterThan(0);
      const version = catalogueVersion(db);
      const second = importFromFiles(db, mapping, undefined, { now: '2026-11-02T00:00:00.000Z' });
      expect(second.imported + second.updated + second.withdrawn).toBe(0);
      expect(second.unchanged).toBe(first.imported);
      expect(catalogueVersion(db)).toBe(version);
      // Imported records carry their country, register and provenance; the curated catalogue is untouched.
      const register = first.register;
      const page = listDeployments(db, { register: [register] }, { page: 1, pageSize: 5 });
      expect(page.total).toBe(first.imported);
      const d = page.items[0];
      expect(d?.provenance).toMatchObject({ kind: 'imported', register });
      expect(d?.provenance.registerId).toBeTruthy();
      expect(d?.sources[0]?.url).toMatch(/^https:\/\//);
      expect(countDeployments(db, { register: ['aila'] })).toBeGreaterThanOrEqual(75);
      expect(listRegisters(db).find((r) => r.id === register)).toMatchObject({ records: first.imported });
      // A results table's rows of imported records say what the records say (country, province).
      const options = { page: 1, pageSize: 40 };
      const rows = JSON.parse(
        listDeploymentsJson(db, { register: [register] }, { ...options, view: 'rows' }).toString(),
      );
      const full = listDeployments(db, { register: [register] }, options).items;
      expect(rows.items).toEqual(
        full.map((f) => ({
          id: f.id,
          title: f.title,
          agency: f.agency,
          country: f.country,
          provinceCode: f.provinceCode,
          sector: f.sector,
          category: f.category,
          stage: f.stage,
          yearStarted: f.yearStarted,
        })),
      );
    },
    60_000,
  );

  test('Dutch and English words find the imported records; Dutch text is kept and marked untranslated', () => {
    const db = openSeededMemoryDb(NOW);
    importFromFiles(db, join(MAPPINGS, 'nl-algoritmeregister.json'), undefined, { now: NOW });
    importFromFiles(db, join(MAPPINGS, 'uk-atrs.json'), undefined, { now: NOW });
    const dutch = listDeployments(db, { q: 'gemeente', country: ['NL'] }, { page: 1, pageSize: 3 });
    expect(dutch.total).toBeGreaterThan(10);
    const nl = dutch.items[0];
    expect(nl?.language).toBe('nl');
    expect(nl?.untranslated).toEqual(expect.arrayContaining(['title.en', 'title.vi', 'summary.en']));
    const english = listDeployments(db, { q: 'chatbot', country: ['GB'] }, { page: 1, pageSize: 3 });
    expect(english.total).toBeGreaterThan(0);
    expect(english.items[0]?.untranslated).toEqual(['title.vi', 'summary.vi']);
  });

  test('a Windows-1252 file and a UTF-8 file with a BOM give the same, correct characters', () => {
    const text = csv([HEADER, ...ROWS]);
    const cp1252 = iconv.encode(text, 'windows-1252');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const titles: string[][] = [];
    for (const [bytes, encoding] of [
      [cp1252, 'windows-1252'],
      [bom, 'utf-8'],
    ] as const) {
      const db = openSeededMemoryDb(NOW);
      const report = importRegister(db, tiny(), bytes, 'test.csv', { now: NOW });
      expect(report.encoding).toBe(encoding);
      expect(report.imported).toBe(3);
      const first = getDeployment(db, 'xx-test-a1');
      expect(first?.title.en).toBe('Café d’accueil numérique');
      expect(first?.summary.en).toBe('Répond aux “usagers” sur plusieurs lignes');
      expect(first?.title.en).not.toMatch(/Ã|â€/);
      expect(first?.sector).toBe('health');
      expect(first?.provenance.original).toEqual({ sector: 'Santé', stage: 'en service' });
      // A value the mapping does not know becomes its default, and the original is kept.
      const second = getDeployment(db, 'xx-test-a2');
      expect(second?.stage).toBe('unknown');
      expect(second?.provenance.original?.stage).toBe('pilote');
      titles.push(
        listDeployments(db, { register: ['xx-test'] }, { page: 1, pageSize: 10, sort: 'title' }).items.map(
          (d) => d.title.en,
        ),
      );
    }
    expect(titles[0]).toEqual(titles[1]);
  });

  test('a malformed file, or a mapping that reads a missing column, is refused whole', () => {
    const db = openSeededMemoryDb(NOW);
    importRegister(db, tiny(), Buffer.from(csv([HEADER, ...ROWS])), 'test.csv', { now: NOW });
    const version = catalogueVersion(db);
    const broken = Buffer.from(`${csv([HEADER, ROWS[0] as string[]])}\r\n"A4,"unclosed,x,y,z,w`);
    expect(() => importRegister(db, tiny(), broken, 'broken.csv', { now: NOW })).toThrow(ImportInputError);
    const wrongColumns = tiny({ id: { column: 'reference' } } as Partial<Mapping>);
    expect(() => importRegister(db, wrongColumns, Buffer.from(csv([HEADER, ...ROWS])), 't.csv')).toThrow(
      /columns the file does not have[\s\S]*"reference"/,
    );
    expect(catalogueVersion(db)).toBe(version);
    expect(countDeployments(db, { register: ['xx-test'] })).toBe(3);
  });

  test('a bad mapping is refused before any row is read, with the path of each problem', () => {
    const bad = {
      register: { id: 'Bad Id', country: 'XX', name: { en: 'x' } },
      format: { type: 'xml' },
      id: { column: 'ref' },
      fields: { title: { column: 'nom' }, sector: { constant: 'space' }, colour: { constant: 'red' } },
    };
    let error: ImportInputError | undefined;
    try {
      parseMapping(JSON.stringify(bad), 'bad.json');
    } catch (e) {
      error = e as ImportInputError;
    }
    expect(error).toBeInstanceOf(ImportInputError);
    const problems = error?.problems.join('\n') ?? '';
    expect(problems).toMatch(/register\.id:/);
    expect(problems).toMatch(/register\.country:/);
    expect(problems).toMatch(/register\.name\.vi:/);
    expect(problems).toMatch(/format/);
    expect(problems).toMatch(/fields/);
    expect(() => parseMapping('{ not json', 'x.json')).toThrow(/not valid JSON/);
    // Codes are checked against the registry.
    const wrongCode = JSON.parse(JSON.stringify(tiny()));
    wrongCode.fields.sector.map = { Santé: 'healthcare' };
    expect(() => parseMapping(JSON.stringify(wrongCode))).toThrow(
      /fields\.sector\.map\.Santé: "healthcare" is not one of AILA's codes/,
    );
  });

  test('a changed row is a new revision; a row that left the register is withdrawn, not deleted', () => {
    const db = openSeededMemoryDb(NOW);
    importRegister(db, tiny(), Buffer.from(csv([HEADER, ...ROWS])), 'v1.csv', { now: NOW });
    const changed = ROWS.map((r) => [...r]);
    (changed[1] as string[])[5] = 'en service';
    const next = importRegister(db, tiny(), Buffer.from(csv([HEADER, ...changed.slice(0, 2)])), 'v2.csv', {
      now: '2026-11-02T00:00:00.000Z',
    });
    expect(next).toMatchObject({ imported: 0, updated: 2, unchanged: 0, withdrawn: 1 });
    expect(getDeployment(db, 'xx-test-a2')?.stage).toBe('production');
    expect(listRevisions(db, 'xx-test-a2').length).toBe(2);
    const gone = getDeployment(db, 'xx-test-a3', { includeWithdrawn: true } as never);
    expect(countDeployments(db, { register: ['xx-test'] })).toBe(2);
    expect(gone === undefined || gone.status === 'withdrawn').toBe(true);
    expect(listRevisions(db, 'xx-test-a3').map((r) => r.status)).toContain('withdrawn');
  });

  test('withdrawing over half of a register needs --force; a dry run writes nothing', () => {
    const db = openSeededMemoryDb(NOW);
    importRegister(db, tiny(), Buffer.from(csv([HEADER, ...ROWS])), 'v1.csv', { now: NOW });
    const one = Buffer.from(csv([HEADER, ROWS[0] as string[]]));
    expect(() => importRegister(db, tiny(), one, 'v2.csv')).toThrow(/would withdraw 2 of the register's 3/);
    const version = catalogueVersion(db);
    const dry = importRegister(db, tiny(), one, 'v2.csv', { dryRun: true, force: true });
    expect(dry).toMatchObject({ dryRun: true, withdrawn: 2 });
    expect(catalogueVersion(db)).toBe(version);
    expect(countDeployments(db, { register: ['xx-test'] })).toBe(3);
    expect(importRegister(db, tiny(), one, 'v2.csv', { force: true }).withdrawn).toBe(2);
  });

  test('a file whose ids all changed is a mass withdrawal: refused without --force, whatever it adds', () => {
    const db = openSeededMemoryDb(NOW);
    importRegister(db, tiny(), Buffer.from(csv([HEADER, ...ROWS])), 'v1.csv', { now: NOW });
    const renamed = ROWS.map((r) => [`B${(r[0] as string).slice(1)}`, ...r.slice(1)]);
    expect(() => importRegister(db, tiny(), Buffer.from(csv([HEADER, ...renamed])), 'v2.csv')).toThrow(
      /would withdraw 3 of the register's 3 records/,
    );
    expect(countDeployments(db, { register: ['xx-test'] })).toBe(3);
  });

  test('ids of records and agencies that are not the register’s are never overwritten; names without Latin letters get a hash', () => {
    const db = openSeededMemoryDb(NOW);
    // A register whose id and names would give a curated record's and a curated agency's ids.
    const clash = tiny({ register: { ...tiny().register, id: 'bach-mai' } } as Partial<Mapping>);
    const rows = [
      ['lung-cancer-ai', 'Takeover', 'Would replace a curated record.', 'Someone', 'Santé', 'en service'],
      ['z9', 'Other', 'Would join a curated agency.', 'Hospital', 'Santé', 'en service'],
      ['y8', 'Σύστημα', 'Περιγραφή.', 'Υπουργείο Υγείας', 'Santé', 'en service'],
      ['y9', 'Σύστημα δύο', 'Περιγραφή δύο.', 'Υπουργείο Παιδείας', 'Santé', 'en service'],
    ];
    const before = getDeployment(db, 'bach-mai-lung-cancer-ai');
    const report = importRegister(db, clash, Buffer.from(csv([HEADER, ...rows])), 'c.csv', { now: NOW });
    expect(report.rejections.map((r) => r.reasons[0])).toEqual([
      expect.stringContaining('is a record that is not from this register'),
      expect.stringContaining('is an agency with records that are not from this register'),
    ]);
    expect(getDeployment(db, 'bach-mai-lung-cancer-ai')).toEqual(before);
    const greek = listDeployments(db, { register: ['bach-mai'] }, { page: 1, pageSize: 5 }).items;
    expect(new Set(greek.map((d) => d.agency.id)).size).toBe(2);
    expect(greek.every((d) => /^bach-mai-x[0-9a-f]{8}$/.test(d.agency.id))).toBe(true);
    expect(() => tiny({ register: { ...tiny().register, id: 'aila' } } as Partial<Mapping>)).toThrow(/catalogue’s own/);
  });

  test('the shipped JSON Schema of mappings is the one generated from the zod schema, and every mapping is valid', () => {
    const shipped = JSON.parse(readFileSync(join(MAPPINGS, 'mapping.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(mappingJsonSchema())));
    for (const file of mappingFiles(MAPPINGS)) expect(readMapping(file).register.id).toBeTruthy();
  });
});
