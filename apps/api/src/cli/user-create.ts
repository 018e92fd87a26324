/**
 * Creates a user; the password is read from standard input (never from the command line):
 *   npm run user:create -- --email a@b.vn --role submitter --agency some-agency [--name "…"]
 *   printf '%s' "$PASSWORD" | npm run user:create -- --email admin@b.vn --role admin
 */
import { parseArgs } from 'node:util';
import { createUser, getAgency, openDatabase, UserExistsError } from '@aila/db';
import { z } from 'zod';
import { hashPassword } from '../auth/secrets.ts';
import { readEnv } from '../env.ts';
import { readSecret } from './stdin.ts';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    agency: { type: 'string' },
    name: { type: 'string' },
  },
});
const Args = z.object({
  email: z.string().trim().toLowerCase().email({ error: '--email must be an e-mail address' }),
  role: z.enum(['submitter', 'reviewer', 'admin'], { error: '--role must be submitter, reviewer or admin' }),
  agency: z.string().optional(),
  name: z.string().optional(),
});
const parsed = Args.safeParse(values);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(issue.message);
  process.exit(2);
}
const args = parsed.data;
const db = openDatabase(readEnv().DATABASE_PATH);
if (args.role === 'submitter' && (!args.agency || !getAgency(db, args.agency))) {
  console.error(
    'A submitter belongs to one agency: give --agency with the id of an existing agency (see /api/v1/agencies).',
  );
  process.exit(2);
}
const password = await readSecret('Password (at least 12 characters): ');
if (password.length < 12) {
  console.error('The password must have at least 12 characters.');
  process.exit(2);
}
try {
  const user = createUser(
    db,
    {
      email: args.email,
      name: args.name ?? null,
      role: args.role,
      agencyId: args.agency ?? null,
      passwordHash: await hashPassword(password),
    },
    { actor: 'cli', now: new Date().toISOString() },
  );
  console.log(`Created ${user.role} ${user.email}${user.agencyId ? ` of ${user.agencyId}` : ''}.`);
} catch (error) {
  console.error(
    error instanceof UserExistsError ? error.message : `Could not create the user: ${(error as Error).message}`,
  );
  process.exit(1);
} finally {
  db.close();
}
