/**
 * Backs up the database while the server runs and writes (SQLite's online backup):
 *   npm run db:backup -- backups/aila-2026-11-23.sqlite
 */
import { backupDatabase, openDatabase } from '@aila/db';
import { readEnv } from '../env.ts';

const destination = process.argv[2];
if (!destination) {
  console.error('Give the file to write the backup to: npm run db:backup -- <file>');
  process.exit(2);
}
const { DATABASE_PATH } = readEnv();
const db = openDatabase(DATABASE_PATH, { readonly: true });
try {
  const { deployments } = await backupDatabase(db, destination);
  console.log(`Backed up ${DATABASE_PATH} to ${destination}: ${deployments} deployment records, integrity checked.`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  db.close();
}
