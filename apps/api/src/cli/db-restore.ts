/**
 * Restores a backup in place of the database (stop the server first); the file there before
 * is kept beside it:   npm run db:restore -- backups/aila-2026-11-23.sqlite
 */
import { restoreDatabase } from '@aila/db';
import { readEnv } from '../env.ts';

const backup = process.argv[2];
if (!backup) {
  console.error('Give the backup file to restore: npm run db:restore -- <file>');
  process.exit(2);
}
const { DATABASE_PATH } = readEnv();
try {
  const { kept, deployments } = restoreDatabase(backup, DATABASE_PATH, new Date());
  console.log(
    `Restored ${backup} to ${DATABASE_PATH} (${deployments} deployment records).${kept ? ` The previous file is kept as ${kept}.` : ''}`,
  );
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
