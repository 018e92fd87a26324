import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEVERITIES, SEVERITY_ANCHORS } from '@aila/domain';
import { describe, expect, test } from 'vitest';

// Severity labels, their anchors and the "significant" threshold are each defined once:
// labels and anchors in the domain taxonomy, the threshold in the field registry. Everything
// else imports them. This scans the source tree for second definitions.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  'build',
  'coverage',
  'reports',
  'tests',
  'test',
  'e2e',
  'fixtures',
  '__tests__',
]);
const TEST_FILE = /\.(test|spec)\.tsx?$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...sourceFiles(path));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !TEST_FILE.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

/** The code with comments blanked out (newlines kept, so line numbers hold); strings are kept. */
export function stripComments(code: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < code.length) {
    const c = code[i] as string;
    const next = code[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i += 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      out += c;
      i += 1;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i += 1;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? code.length : end + 2;
      out += code.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

/** Every string literal's content (simple quotes and template text without substitutions). */
function stringLiterals(code: string): string[] {
  const found: string[] = [];
  const re = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g;
  for (const m of code.matchAll(re)) found.push(m[1] ?? m[2] ?? m[3] ?? '');
  return found;
}

// Comparisons of a severity with a number: `g.severity >= 2`, `2 <= severity`, `maxSeverity > 1`.
const SEVERITY_VS_NUMBER = /\b\w*sever\w*(?:\s*[)\]])*\s*(?:>=|<=|>|<)\s*\d|\b\d\s*(?:>=|<=|>|<)\s*[\w.]*sever/i;
// A threshold written into text: 'severity ≥ 2', 'mức ≥ 2', 'severity >= 2'.
const THRESHOLD_IN_TEXT = /(?:severity|mức)[^\n]{0,12}?(?:≥|>=)\s*\d/i;
// The one threshold constant, and any other severity constant set to a level.
const THRESHOLD_CONSTANT = /\bexport\s+const\s+SIGNIFICANT_SEVERITY\s*=/;
const THRESHOLD_DECLARATION =
  /\b(?:const|let|var)\s+\w*(?:SIGNIFICANT|SEVERITY|Severity|severity)\w*\s*(?::\s*[\w.]+)?\s*=\s*[1-3]\b/;
// The one label table and anchor table, and any other object keyed 0–3 with { en, vi } labels.
const LABEL_CONSTANTS = /\bexport\s+const\s+(?:SEVERITIES|SEVERITY_ANCHORS)\s*=/;
const LABEL_TABLE = /\{\s*0\s*:\s*\{\s*en\s*:/;

export interface Definitions {
  /** Files holding `export const SIGNIFICANT_SEVERITY =`. */
  threshold: string[];
  /** Files holding `export const SEVERITIES =` or `export const SEVERITY_ANCHORS =`. */
  labels: string[];
}

/** Lines of one file that define severity labels, anchors or the threshold outside their one home. */
export function secondDefinitions(file: string, code: string, homes: Definitions): string[] {
  const faults: string[] = [];
  const lines = stripComments(code).split('\n');
  const levelLabelsHere = new Set<string>();
  lines.forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    if (!homes.threshold.includes(file) && THRESHOLD_DECLARATION.test(line))
      faults.push(`${where}: a severity threshold declared again`);
    if (SEVERITY_VS_NUMBER.test(line)) faults.push(`${where}: severity compared with a literal number`);
    const literals = stringLiterals(line);
    if (literals.some((text) => THRESHOLD_IN_TEXT.test(text))) faults.push(`${where}: threshold written into text`);
    if (homes.labels.includes(file)) return;
    if (LABEL_TABLE.test(line)) faults.push(`${where}: severity label table declared again`);
    for (const text of literals) {
      const t = text.trim();
      if (ANCHOR_TEXTS.has(t)) faults.push(`${where}: severity anchor “${t}” written again`);
      if (LEVEL_TEXTS.has(t)) levelLabelsHere.add(t);
    }
  });
  // One word such as “Significant” may mean something else (a questionnaire score); two or more
  // of the severity level names in one file are a second label table.
  if (levelLabelsHere.size >= 2)
    faults.push(`${file}: severity level names written again (${[...levelLabelsHere].join(', ')})`);
  return faults;
}

/** Where the threshold and the label tables are declared, across the given files. */
export function findDefinitions(files: ReadonlyArray<readonly [string, string]>): Definitions {
  const homes: Definitions = { threshold: [], labels: [] };
  for (const [file, code] of files) {
    const stripped = stripComments(code);
    if (THRESHOLD_CONSTANT.test(stripped)) homes.threshold.push(file);
    if (LABEL_CONSTANTS.test(stripped)) homes.labels.push(file);
  }
  return homes;
}

// Level names 1–3 ('None'/'Không' are too common to count) and the anchors, in both languages.
const LEVEL_TEXTS: ReadonlySet<string> = new Set(
  Object.entries(SEVERITIES)
    .filter(([level]) => level !== '0')
    .flatMap(([, label]) => [label.en, label.vi]),
);
const ANCHOR_TEXTS: ReadonlySet<string> = new Set(
  Object.values(SEVERITY_ANCHORS).flatMap((label) => [label.en, label.vi]),
);

const HOMES: Definitions = {
  threshold: ['packages/domain/src/fields/index.ts'],
  labels: ['packages/domain/src/taxonomy.ts'],
};

describe('the scanner', () => {
  const check = (code: string, file = 'apps/web/src/x.ts') => secondDefinitions(file, code, HOMES);

  test('flags a literal threshold, a threshold in text, a second constant and a second label table', () => {
    expect(check('if (g.severity >= 2) count++;')).toHaveLength(1);
    expect(check('const n = gaps.filter((g) => 2 <= g.severity);')).toHaveLength(1);
    expect(check("const title = { en: 'Significant gap (severity ≥ 2)', vi: 'Khoảng trống (mức ≥ 2)' };")).toHaveLength(
      1,
    );
    expect(check('export const MIN_SEVERITY = 2;')).toHaveLength(1);
    expect(check("const LEVELS = { 0: { en: 'None', vi: 'Không' }, 1: { en: 'Low', vi: 'Thấp' } };")).toHaveLength(1);
    expect(check("const label = 'Said to slow or limit the system.';")).toHaveLength(1);
    expect(check("const levels = { '1': 'Minor', '2': 'Significant', '3': 'Blocking' };")).toHaveLength(1);
  });

  test('leaves the one definition, its uses and unrelated numbers alone', () => {
    expect(check('if (g.severity >= SIGNIFICANT_SEVERITY) count++;')).toEqual([]);
    expect(check('export const SIGNIFICANT_SEVERITY = 2;', 'packages/domain/src/fields/index.ts')).toEqual([]);
    expect(
      check("export const SEVERITIES = { 0: { en: 'None', vi: 'Không' } };", 'packages/domain/src/taxonomy.ts'),
    ).toEqual([]);
    expect(check('// severity >= 2 in a comment\nconst ok = answers.rights >= 2;')).toEqual([]);
    expect(check('label(SEVERITIES[g.severity]); const x = { severity: (stored - 1) as 0 | 1 | 2 | 3 };')).toEqual([]);
    expect(check("const help = 'filter as dimension:minimum-severity (data:2)';")).toEqual([]);
    expect(check("const scores = { '0': 'None', '1': 'Low', '2': 'Significant', '3': 'Very high' };")).toEqual([]);
    const interpolated = ['const title = `Significant gap (severity ≥ $', '{SIGNIFICANT_SEVERITY})`;'].join('');
    expect(check(interpolated)).toEqual([]);
  });

  test('finds where the threshold and the labels live', () => {
    const homes = findDefinitions([
      ['a.ts', '// export const SIGNIFICANT_SEVERITY = 3;\nexport const SIGNIFICANT_SEVERITY = 2;'],
      ['b.ts', 'export const SEVERITIES = {};\nexport const SEVERITY_ANCHORS = {};'],
    ]);
    expect(homes).toEqual({ threshold: ['a.ts'], labels: ['b.ts'] });
  });
});

describe('severity labels, anchors and the significance threshold', () => {
  const files: [string, string][] = [];
  for (const top of ['packages', 'apps'])
    for (const path of sourceFiles(join(ROOT, top)))
      files.push([relative(ROOT, path).split(sep).join('/'), readFileSync(path, 'utf8')]);
  const homes = findDefinitions(files);

  test('the threshold constant is declared in exactly one file, and so are the label and anchor tables', () => {
    expect(homes.threshold).toHaveLength(1);
    expect(homes.labels).toHaveLength(1);
  });

  test('are not defined a second time anywhere else in the source tree', () => {
    const faults = files.flatMap(([file, code]) => secondDefinitions(file, code, homes));
    expect(faults).toEqual([]);
  });
});
