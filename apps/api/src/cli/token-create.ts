/**
 * Prints a personal API token once (only its hash is stored), for machine submissions with
 * `Authorization: Bearer <token>`:   npm run token:create -- --email a@b.vn [--label "nightly sync"]
 */
import { parseArgs } from 'node:util';
import { createApiToken, findLogin, openDatabase } from '@aila/db';
import { randomSecret, sha256 } from '../auth/secrets.ts';
import { readEnv } from '../env.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, label: { type: 'string' } } });
if (!values.email) {
  console.error('Give --email of an existing user.');
  process.exit(2);
}
const db = openDatabase(readEnv().DATABASE_PATH);
const login = findLogin(db, values.email.trim().toLowerCase());
if (!login) {
  console.error(`No active user with the e-mail ${values.email}.`);
  db.close();
  process.exit(1);
}
const token = randomSecret('aila_');
createApiToken(
  db,
  { userId: login.user.id, tokenHash: sha256(token), label: values.label ?? null },
  { actor: 'cli', now: new Date().toISOString() },
);
db.close();
console.log(token);
console.error(`Token for ${login.user.email} (${login.user.role}). It is shown only now: store it safely.`);
