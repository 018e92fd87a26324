/**
 * Starts AILA: reads the environment once, opens (creating and migrating) the database, applies
 * the seed, and serves the API and the dashboard. Fails with one plain line, never a stack trace.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import {
  catalogue,
  currentInstrument,
  DatabaseTooNewError,
  type Db,
  importFromFiles,
  loadInstrument,
  mappingFiles,
  openDatabase,
  SeedValidationError,
  seedIfChanged,
} from '@aila/db';
import { getRequestListener } from '@hono/node-server';
import pino from 'pino';
import { ZodError } from 'zod';
import { createApp } from './app.ts';
import { createLimits } from './auth/limits.ts';
import { type Env, readEnv } from './env.ts';
import { AnswerCache, serveCached } from './http.ts';

// Asynchronous writes keep logging off the request path; fail() also prints to stderr directly.
const logger = pino(
  { base: { service: 'aila' }, timestamp: pino.stdTimeFunctions.isoTime },
  pino.destination({ sync: false, minLength: 4096 }),
);

function fail(message: string): never {
  logger.fatal(message);
  console.error(`AILA could not start: ${message}`);
  process.exit(1);
}

function environment(): Env {
  try {
    return readEnv();
  } catch (error) {
    if (error instanceof ZodError) fail(error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    throw error;
  }
}

/** Why a database directory refuses files, when it does: read-only, no permission, missing. */
function directoryProblem(path: string): string {
  const probe = join(dirname(path), `.aila-probe-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe);
    return '';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EROFS') return ` (the directory ${dirname(path)} is on a read-only file system)`;
    if (code === 'EACCES' || code === 'EPERM') return ` (no permission to write in ${dirname(path)})`;
    if (code === 'ENOSPC') return ` (the disk is full)`;
    return ` (${dirname(path)}: ${code ?? 'cannot write'})`;
  }
}

/** Opens the database, naming the path and the reason when it cannot. */
function database(path: string): Db {
  try {
    return openDatabase(path);
  } catch (error) {
    if (error instanceof DatabaseTooNewError) fail(`${path}: ${error.message}`);
    const code = (error as { code?: string }).code ?? '';
    const reasons: Record<string, string> = {
      SQLITE_NOTADB: 'the file is not a SQLite database',
      SQLITE_CORRUPT: 'the database file is damaged; restore it from a backup (npm run db:restore)',
      SQLITE_CANTOPEN: 'the file cannot be opened: check that its directory exists and is writable',
      SQLITE_READONLY: 'the file or its directory is read-only',
      SQLITE_FULL: 'the disk is full',
      EACCES: 'permission denied',
      EROFS: 'the file system is read-only',
      ENOTDIR: 'a part of the path is not a directory',
    };
    fail(
      `cannot use the database at ${path}: ${reasons[code] ?? (error as Error).message}${code === 'SQLITE_CANTOPEN' ? directoryProblem(path) : ''}`,
    );
  }
}

const env = environment();
const db = database(env.DATABASE_PATH);
if (!env.BENCHMARK_MODE) {
  try {
    const seeded = seedIfChanged(db, env.SEED_DIR, new Date().toISOString(), { force: env.SEED_FORCE });
    if (seeded) logger.info({ seed: seeded }, 'catalogue seeded');
  } catch (error) {
    const message = error instanceof SeedValidationError ? error.message : (error as Error).message;
    const published = (
      db.prepare("SELECT COUNT(*) AS n FROM deployments WHERE status = 'published'").get() as { n: number }
    ).n;
    // A bad seed never takes down a server that already holds a good catalogue.
    if (published === 0) fail(`cannot load the seed from ${env.SEED_DIR} into ${env.DATABASE_PATH}: ${message}`);
    logger.error({ seedDir: env.SEED_DIR, problem: message }, 'seed refused; serving the catalogue already stored');
  }
}
try {
  const instrument = loadInstrument(db, env.READINESS_DIR, new Date().toISOString());
  if (instrument.changed) logger.info({ version: instrument.version }, 'readiness questionnaire loaded');
} catch (error) {
  // A bad questionnaire file keeps the version already stored; without one, readiness answers 404.
  const stored = currentInstrument(db)?.version ?? null;
  logger.error(
    { readinessDir: env.READINESS_DIR, problem: (error as Error).message, stored },
    'readiness questionnaire refused',
  );
}
// Other countries' registers, from the mappings in REGISTERS_DIR: a file already imported is skipped.
if (!env.BENCHMARK_MODE)
  for (const mapping of mappingFiles(env.REGISTERS_DIR)) {
    try {
      const report = importFromFiles(db, mapping, undefined, { skipUnchanged: true });
      if (!report.skipped)
        logger.info(
          {
            register: report.register,
            rows: report.rows,
            imported: report.imported,
            updated: report.updated,
            rejected: report.rejected,
            withdrawn: report.withdrawn,
          },
          'register imported',
        );
    } catch (error) {
      // A bad mapping or file leaves that register as it was; the rest of the catalogue is served.
      logger.error({ mapping, problem: (error as Error).message }, 'register not imported');
    }
  }
// Build the catalogue engine before the first request rather than during it.
catalogue(db);

const answerCache = new AnswerCache(db);
const requestLog = (entry: { requestId: string; method: string; path: string; status: number; ms: number }) =>
  logger.info(entry, 'request');
const app = createApp({
  db,
  answerCache,
  config: {
    webDist: env.WEB_DIST,
    includeSynthetic: env.BENCHMARK_MODE,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
  },
  log: (message, error) => logger.error({ err: error }, message),
  limits: createLimits({ writesPerMinute: env.WRITES_PER_MINUTE, loginPerQuarterHour: env.LOGINS_PER_QUARTER_HOUR }),
  requestLog,
});

// Public answers already in the cache go straight to the socket; everything else through the app.
const listener = getRequestListener(app.fetch);
const clock = () => new Date();
// Answers being made or still being sent (a fast-path answer too, until a slow reader has it):
// a shutdown waits for them, and for nothing else.
let inFlight = 0;
const server = createServer((req, res) => {
  inFlight += 1;
  res.once('close', () => {
    inFlight -= 1;
  });
  if (!serveCached(answerCache, clock, req, res, requestLog)) void listener(req, res);
});
server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  logger.info({ port, database: env.DATABASE_PATH }, 'listening');
  console.log(`AILA is running at http://localhost:${port}/ (API: /api/v1, docs: /api/docs)`);
});
server.requestTimeout = 30_000;
server.headersTimeout = 15_000;
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') fail(`port ${env.PORT} is in use: stop the other process or set PORT`);
  if (error.code === 'EACCES') fail(`port ${env.PORT} needs privileges: set PORT to 1024 or above`);
  fail(error.message);
});
// Node answers malformed requests itself: give them the same JSON envelope as everything else.
server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
  if (!socket.writable) return socket.destroy();
  const [status, text] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
  const body = JSON.stringify({
    error: { code: status === 431 ? 'payload_too_large' : 'validation', message: `${text}.`, requestId: '-' },
  });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
});

/** Stops taking requests, lets those in flight finish (10 s at most), closes the database. */
function shutdown(signal: string) {
  logger.info({ signal, inFlight }, 'shutting down');
  server.close(() => {
    db.close();
    logger.info('stopped');
    logger.flush();
    process.exit(0);
  });
  server.closeIdleConnections();
  const deadline = Date.now() + 10_000;
  // Connections with no request being answered (idle, or a request still arriving) are closed now.
  const poll = setInterval(() => {
    if (inFlight === 0 || Date.now() > deadline) {
      clearInterval(poll);
      server.closeAllConnections();
    }
  }, 50);
  poll.unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
