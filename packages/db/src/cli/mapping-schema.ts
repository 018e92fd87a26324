/** Writes the JSON Schema of mapping files, generated from the zod schema: npm run mapping:schema */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mappingJsonSchema } from '@aila/domain';

export const MAPPING_SCHEMA_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'data',
  'mappings',
  'mapping.schema.json',
);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(MAPPING_SCHEMA_PATH, `${JSON.stringify(mappingJsonSchema(), null, 2)}\n`);
  console.log(`Wrote ${MAPPING_SCHEMA_PATH}`);
}
