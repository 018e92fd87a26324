import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Mapping } from '@aila/domain';
import type { Db } from '../connection.ts';
import { type ImportOptions, type ImportReport, importRegister } from './apply.ts';
import { ImportInputError, parseMapping } from './read.ts';

/** Reads a mapping file; a bad one is refused with the path of each problem, before any row is read. */
export function readMapping(path: string): Mapping {
  if (!existsSync(path)) throw new ImportInputError(`no mapping file at ${path}`);
  return parseMapping(readFileSync(path, 'utf8'), path);
}

/** The register file a mapping names (relative to the mapping), or the one given. */
export function registerFile(mappingPath: string, mapping: Mapping, file?: string): string {
  const chosen = file ?? (mapping.file ? resolve(dirname(mappingPath), mapping.file) : undefined);
  if (!chosen) throw new ImportInputError(`${mappingPath} names no file: give the register's file`);
  if (!existsSync(chosen)) throw new ImportInputError(`no register file at ${chosen}`);
  return chosen;
}

/** Imports one register from its mapping file (and the file it names, unless another is given). */
export function importFromFiles(db: Db, mappingPath: string, file?: string, options: ImportOptions = {}): ImportReport {
  const mapping = readMapping(mappingPath);
  const path = registerFile(mappingPath, mapping, file);
  return importRegister(db, mapping, readFileSync(path), path, options);
}

/** The mapping files of a folder (every `*.json` but the JSON Schema), in name order. */
export function mappingFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => join(dir, f));
}
