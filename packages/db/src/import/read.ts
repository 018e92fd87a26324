import { type Mapping, MappingSchema } from '@aila/domain';
import chardet from 'chardet';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/** A problem with a mapping or a file, found before any row is written: nothing is changed. */
export class ImportInputError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n  ${problems.join('\n  ')}` : message);
    this.name = 'ImportInputError';
  }
}

/** Reads and validates a mapping file's JSON; every problem is named by its path. */
export function parseMapping(json: string, name = 'mapping'): Mapping {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new ImportInputError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = MappingSchema.safeParse(raw);
  if (!parsed.success)
    throw new ImportInputError(
      `${name} is not a valid mapping`,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`),
    );
  return parsed.data;
}

/**
 * The file's text: UTF-8 when it decodes as UTF-8, otherwise the single-byte encoding the
 * detector names (Windows-1252 / Latin-1); a byte-order mark is dropped, CRLF kept for the parser.
 */
export function decode(bytes: Buffer, encoding: Mapping['encoding']): { text: string; encoding: string } {
  let chosen: string = encoding;
  if (encoding === 'auto') {
    const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const valid = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    })();
    if (utf8 || valid) chosen = 'utf-8';
    else {
      const detected = (chardet.detect(bytes) ?? 'windows-1252').toLowerCase();
      chosen = detected === 'iso-8859-1' || detected.startsWith('windows-125') ? 'windows-1252' : detected;
    }
  }
  if (!iconv.encodingExists(chosen)) throw new ImportInputError(`unsupported encoding "${chosen}"`);
  const text = iconv.decode(bytes, chosen, { stripBOM: true });
  return { text, encoding: chosen };
}

/** The value at a dotted path of parsed JSON ('' for the whole document). */
function at(value: unknown, path: string): unknown {
  if (!path) return value;
  let v = value;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

export interface ParsedFile {
  rows: Record<string, unknown>[];
  /** The columns the file has (CSV header, or the keys of JSON records). */
  columns: Set<string>;
  fileDate: string | undefined;
  encoding: string;
}

/** Parses a register's file as its mapping says; a malformed file is refused whole. */
export function parseFile(bytes: Buffer, m: Mapping): ParsedFile {
  const { text, encoding } = decode(bytes, m.encoding);
  let rows: Record<string, unknown>[];
  let top: unknown = null;
  const columns = new Set<string>();
  if (m.format.type === 'csv') {
    try {
      rows = parse(text, {
        columns: (header: string[]) => {
          const names = header.map((h) => h.trim());
          for (const name of names) columns.add(name);
          return names;
        },
        delimiter: m.format.delimiter,
        skip_empty_lines: true,
        relax_column_count: false,
        bom: true,
      }) as Record<string, unknown>[];
    } catch (error) {
      throw new ImportInputError(`the file is not valid CSV: ${(error as Error).message}`);
    }
  } else {
    try {
      top = JSON.parse(text);
    } catch (error) {
      throw new ImportInputError(`the file is not valid JSON: ${(error as Error).message}`);
    }
    const list = at(top, m.format.records);
    if (!Array.isArray(list))
      throw new ImportInputError(`the file has no array of records at "${m.format.records || '(top)'}"`);
    rows = list.map((r) => (r !== null && typeof r === 'object' && !Array.isArray(r) ? r : {})) as Record<
      string,
      unknown
    >[];
  }
  if (m.format.type === 'json') for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  const date = m.fileDate;
  const fileDate = !date
    ? undefined
    : 'constant' in date
      ? date.constant
      : typeof at(top, date.path) === 'string'
        ? String(at(top, date.path)).slice(0, 10)
        : undefined;
  return { rows, columns, fileDate, encoding };
}
