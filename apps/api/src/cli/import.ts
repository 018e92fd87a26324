/**
 * Imports a register's file through a mapping, in one transaction; prints what it did and, with
 * --report, writes every rejected row and its reasons to a JSON file:
 *   npm run import -- <file> --mapping data/mappings/nl-algoritmeregister.json [--dry-run] [--report <path>]
 * A running server sees the import at its next request; nothing needs restarting.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ImportInputError, importFromFiles, openDatabase } from '@aila/db';
import cliProgress from 'cli-progress';
import { readEnv } from '../env.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
if (!values.mapping) {
  console.error(
    'Usage: npm run import -- [<file>] --mapping <mapping.json> [--dry-run] [--report <path>] [--force]\n' +
      '(without <file>, the file the mapping names is read)',
  );
  process.exit(2);
}

const db = openDatabase(readEnv().DATABASE_PATH);
// A bar on a terminal; nothing but the summary otherwise (logs, pipes, CI).
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic)
  : null;
let started = false;
try {
  const report = importFromFiles(db, values.mapping, positionals[0], {
    dryRun: values['dry-run'],
    force: values.force,
    onProgress: (done, total) => {
      if (!bar) return;
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  bar?.stop();
  if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
  const changes = report.imported + report.updated + report.withdrawn;
  console.log(
    `${report.dryRun ? '[dry run, nothing written] ' : ''}${report.register} from ${report.file} (${report.encoding}): ` +
      `${report.rows} rows — ${report.imported} imported, ${report.updated} updated, ${report.unchanged} unchanged, ` +
      `${report.rejected} rejected; ${report.withdrawn} withdrawn (left the register); ${changes} changes.`,
  );
  for (const r of report.rejections.slice(0, 5))
    console.log(`  row ${r.row}${r.registerId ? ` (${r.registerId})` : ''}: ${r.reasons.join('; ')}`);
  if (report.rejections.length > 5)
    console.log(
      `  … ${report.rejections.length - 5} more${values.report ? ` in ${values.report}` : ' (use --report <path>)'}`,
    );
} catch (error) {
  bar?.stop();
  if (error instanceof ImportInputError) {
    console.error(`Nothing imported: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(`Import failed, nothing changed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
} finally {
  db.close();
}
