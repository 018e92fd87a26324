import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '../../apps/api/src/auth/secrets.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The compiled server, as production runs it (npm test builds it first). */
export const SERVER = join(ROOT, 'apps', 'api', 'dist', 'server.js');
export const PASSWORD = 'a long test password';
export const AGENCY = 'bach-mai-hospital';
/** How many records the shipped seed publishes on a first start. */
export const SEED_RECORDS = (
  JSON.parse(readFileSync(join(ROOT, 'data', 'seed', 'deployments.json'), 'utf8')) as unknown[]
).length;

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `aila-${prefix}-`));
}

/** A stand-in for the built dashboard, so these tests do not depend on the web build. */
export function webStub(): string {
  const dir = join(tempDir('web'), 'dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>AILA</title>');
  return dir;
}

export interface Running {
  child: ChildProcessWithoutNullStreams;
  base: string;
  output: () => string;
}

/**
 * Starts the compiled server on a free loopback port; resolves once it listens. With `quiet`, its
 * output after that is discarded (a load test must not spend its own time keeping request logs).
 */
export function startServer(
  env: Record<string, string>,
  timeoutMs = 30_000,
  { quiet = false }: { quiet?: boolean } = {},
): Promise<Running> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WEB_DIST: webStub(), REGISTERS_DIR: '', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += String(chunk);
      const match = output.match(/running at http:\/\/localhost:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        if (quiet) {
          child.stdout.off('data', read);
          child.stdout.resume();
        }
        resolve({ child, base: `http://127.0.0.1:${match[1]}`, output: () => output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** Runs the compiled server until it exits by itself (a failed start); its output and code. */
export function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', WEB_DIST: webStub(), ...env },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => {
    output += String(c);
  });
  child.stderr.on('data', (c: Buffer) => {
    output += String(c);
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

export function kill9(running: Running): Promise<void> {
  return new Promise((resolve) => {
    if (running.child.exitCode !== null) return resolve();
    running.child.once('exit', () => resolve());
    running.child.kill('SIGKILL');
  });
}

/** Creates an officer with the test password through the compiled CLI (the real path). */
export async function createOfficer(databasePath: string, email: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'apps/api/dist/user-create.js'), '--email', email, '--role', 'submitter', '--agency', AGENCY],
    {
      env: { ...process.env, DATABASE_PATH: databasePath },
    },
  );
  child.stdin.end(PASSWORD);
  let output = '';
  child.stdout.on('data', (c: Buffer) => {
    output += String(c);
  });
  child.stderr.on('data', (c: Buffer) => {
    output += String(c);
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`user:create failed: ${output}`);
}

export interface Client {
  post: (path: string, body: unknown) => Promise<Response>;
}

/** Signs in and returns a client that sends the cookie and CSRF token like the web app. */
export async function signIn(base: string, email: string): Promise<Client> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    post: (path, body) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: base, Cookie: cookie, 'X-CSRF-Token': csrfToken },
        body: JSON.stringify(body),
      }),
  };
}

export { hashPassword };
