import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { catalogueVersion, changesInProcess, type Db } from '@aila/db';
import type { Context, MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from './context.ts';

/** Routes that only read published data: open to any origin, cacheable, with ETags. */
const PUBLIC_READ =
  /^\/api\/v1\/(deployments(\/[^/]+(\/revisions)?)?|stats|taxonomy|landscape|recommendations|agencies|registers|openapi\.json|health)$/;
/** Of those, the ones whose answer depends only on the catalogue and the query (not on the time or the user). */
const CACHEABLE =
  /^\/api\/v1\/(deployments(\/[^/]+(\/revisions)?)?|stats|taxonomy|landscape|recommendations|agencies|registers|openapi\.json)$/;
const isPublicRead = (c: Context) =>
  (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') &&
  PUBLIC_READ.test(c.req.path) &&
  c.req.path !== '/api/v1/deployments/export';

/**
 * The read API is open to any origin (a researcher's notebook or page may call it); write routes
 * never carry CORS headers, so browsers keep them same-origin.
 */
export function publicCors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!isPublicRead(c)) return next();
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Access-Control-Allow-Methods', 'GET, HEAD');
      c.header('Access-Control-Allow-Headers', 'If-None-Match');
      c.header('Access-Control-Max-Age', '86400');
      return c.body(null, 204);
    }
    await next();
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'ETag, X-Request-Id');
  };
}

/** HSTS only where it means something: answers served over HTTPS. */
export function hsts(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (new URL(c.req.url).protocol === 'https:')
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}

type Encoding = 'br' | 'gzip' | 'identity';

interface Entry {
  etag: string;
  type: string;
  cacheControl: string;
  body: Uint8Array;
  /** The body compressed, per encoding: fast for a first answer, smaller for answers asked for again. */
  encoded: Partial<Record<Compressed, Uint8Array>>;
  /** The other headers of the full answer (security, CORS), once an answer went through the app. */
  headers?: [string, string][];
  /** How often it was served. */
  hits: number;
  /** What the fast path writes for a 200 in each encoding, all but the request id. */
  wire?: Partial<Record<Encoding, Wire>>;
}

type Compressed = 'br' | 'gzip' | 'brFast' | 'gzipFast';
const COMPRESS: Record<Compressed, (body: Uint8Array) => Uint8Array> = {
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => gzipSync(body),
  brFast: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 0 } }),
  gzipFast: (body) => gzipSync(body, { level: 1 }),
};

interface Wire {
  head: string[];
  body: Uint8Array;
}

interface Identity {
  key: string;
  etag: string;
  cacheControl: string;
}

/**
 * How long a remembered catalogue version is trusted before the database is asked again. Changes
 * logged by this process are seen at the next request; another process's (an import from the
 * command line, a second server) within this many milliseconds.
 */
export const VERSION_TTL_MS = 50;
/** Request targets remembered with their normalised key, per version and day (longer ones are not). */
const MAX_TARGETS = 10_000;
const MAX_TARGET_LENGTH = 1024;

const CACHE_CONTROL: [RegExp, string][] = [
  [/^\/api\/v1\/(taxonomy|openapi\.json)$/, 'public, max-age=3600'],
  [/^\/api\/v1\/(landscape|agencies)$/, 'public, max-age=300, must-revalidate'],
  [/./, 'public, max-age=60, must-revalidate'],
];
/** Headers that belong to one answer, not to the cached entry. */
const OWN_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
  'x-request-id',
  'date',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

/** The encodings an Accept-Encoding header allows (q > 0; `*` stands for the ones not named). */
export function acceptedEncodings(header: string): Set<string> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim().match(/^q=([\d.]+)$/)?.[1]).find((v) => v !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const allowed = new Set<string>();
  for (const name of ['br', 'gzip']) {
    const weight = weights.get(name) ?? weights.get('*') ?? 0;
    if (weight > 0) allowed.add(name);
  }
  return allowed;
}

export interface CachedAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/**
 * Public GETs answer from memory: a strong ETag from the stored catalogue version, the day and
 * the normalised request (304 on If-None-Match), and serialised, pre-compressed bodies in a
 * size-bounded LRU that is emptied whenever the catalogue version changes.
 */
export class AnswerCache {
  private readonly lru: LRUCache<string, Entry>;
  private version = -1;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private seenChanges = -1;
  private dayNumber = Number.NaN;
  private day = '';
  /** Raw request targets already normalised at this version and day: repeated ones skip parsing. */
  private readonly targets = new Map<string, Identity>();
  /** Accept-Encoding headers already read; clients send few distinct ones. */
  private readonly encodings = new Map<string, Set<string>>();

  constructor(
    private readonly db: Db,
    maxBytes = 64 * 2 ** 20,
  ) {
    this.lru = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (e) => e.body.byteLength * 2 + 500,
    });
  }

  static cacheable(method: string, path: string): boolean {
    return (method === 'GET' || method === 'HEAD') && CACHEABLE.test(path) && path !== '/api/v1/deployments/export';
  }

  /** The stored catalogue version; the cache empties when it moves. */
  currentVersion(): number {
    const now = performance.now();
    const changes = changesInProcess();
    if (changes === this.seenChanges && now - this.checkedAt < VERSION_TTL_MS) return this.version;
    this.seenChanges = changes;
    this.checkedAt = now;
    const current = catalogueVersion(this.db);
    if (current !== this.version) {
      this.lru.clear();
      this.targets.clear();
      this.version = current;
    }
    return current;
  }

  /** The day (UTC) of a date: answers that depend on it (staleness) change at midnight, without a new version. */
  private dayOf(date: Date): string {
    const n = Math.floor(date.getTime() / 86_400_000);
    if (n !== this.dayNumber) {
      this.dayNumber = n;
      this.day = date.toISOString().slice(0, 10);
      this.targets.clear();
    }
    return this.day;
  }

  /** The key and ETag of a request, at the current catalogue version. */
  identify(url: URL, today: Date): Identity {
    const current = this.currentVersion();
    const day = this.dayOf(today);
    const params = [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = `${url.pathname}?${new URLSearchParams(params).toString()}#${day}`;
    const etag = `"${current}-${createHash('sha1').update(key).digest('base64url').slice(0, 16)}"`;
    const cacheControl = CACHE_CONTROL.find(([pattern]) => pattern.test(url.pathname))?.[1] ?? 'no-cache';
    return { key, etag, cacheControl };
  }

  /** identify() for a raw request target (`/path?query`), remembered per version and day. */
  identifyTarget(target: string, today: Date): Identity | undefined {
    this.currentVersion();
    this.dayOf(today);
    let identity = this.targets.get(target);
    if (!identity) {
      let url: URL;
      try {
        url = new URL(target, 'http://local');
      } catch {
        return undefined;
      }
      identity = this.identify(url, today);
      if (target.length > MAX_TARGET_LENGTH) return identity;
      if (this.targets.size >= MAX_TARGETS) this.targets.clear();
      this.targets.set(target, identity);
    }
    return identity;
  }

  get(key: string): Entry | undefined {
    return this.lru.get(key);
  }

  set(key: string, entry: Entry): void {
    this.lru.set(key, entry);
  }

  private accepts(acceptEncoding: string): Set<string> {
    let accepts = this.encodings.get(acceptEncoding);
    if (!accepts) {
      accepts = acceptedEncodings(acceptEncoding);
      if (acceptEncoding.length > 256) return accepts;
      if (this.encodings.size >= 64) this.encodings.clear();
      this.encodings.set(acceptEncoding, accepts);
    }
    return accepts;
  }

  /** A 304 when the client already has this answer. */
  static notModified(etag: string, cacheControl: string, ifNoneMatch: string | undefined): CachedAnswer | null {
    if (!ifNoneMatch?.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*')) return null;
    return { status: 304, headers: { ETag: etag, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' }, body: null };
  }

  /** The best encoding a client accepts for a body (small bodies go as they are). */
  private encodingFor(entry: Entry, acceptEncoding: string): Encoding {
    if (entry.body.byteLength <= 1024) return 'identity';
    const accepts = this.accepts(acceptEncoding);
    return accepts.has('br') ? 'br' : accepts.has('gzip') ? 'gzip' : 'identity';
  }

  /** The body in an encoding: compressed fast for a first answer, smaller once it is asked for again. */
  private static encoded(entry: Entry, encoding: Encoding): Uint8Array {
    if (encoding === 'identity') return entry.body;
    const kind: Compressed = entry.hits > 1 ? encoding : `${encoding}Fast`;
    entry.encoded[kind] ??= COMPRESS[kind](entry.body);
    return entry.encoded[kind];
  }

  /** The answer for a request: 304 when the client has it, else the body in the best accepted encoding. */
  answer(
    full: Entry,
    method: string,
    ifNoneMatch: string | undefined,
    acceptEncoding: string | undefined,
  ): CachedAnswer {
    const notModified = AnswerCache.notModified(full.etag, full.cacheControl, ifNoneMatch);
    if (notModified) return notModified;
    full.hits += 1;
    const encoding = this.encodingFor(full, acceptEncoding ?? '');
    const body = AnswerCache.encoded(full, encoding);
    const headers: Record<string, string> = {
      ETag: full.etag,
      'Cache-Control': full.cacheControl,
      Vary: 'Accept-Encoding',
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      'Content-Type': full.type,
    };
    return { status: 200, headers, body: method === 'HEAD' ? null : body };
  }

  /**
   * The fast path's 200 for an entry whose headers are known: headers and body in the best
   * accepted encoding, made once per entry and encoding.
   */
  wire(entry: Entry & { headers: [string, string][] }, acceptEncoding: string): Wire {
    entry.hits += 1;
    const encoding = this.encodingFor(entry, acceptEncoding);
    entry.wire ??= {};
    const known = entry.wire[encoding];
    if (known) return known;
    const body = AnswerCache.encoded(entry, encoding);
    const head = [
      ...entry.headers.flat(),
      'ETag',
      entry.etag,
      'Cache-Control',
      entry.cacheControl,
      'Vary',
      'Accept-Encoding',
      ...(encoding === 'identity' ? [] : ['Content-Encoding', encoding]),
      'Content-Type',
      entry.type,
      'Content-Length',
      String(body.byteLength),
    ];
    const wire = { head, body };
    entry.wire[encoding] = wire;
    return wire;
  }

  /** Remembers the full headers of an answer that went through the app, for the fast path. */
  rememberHeaders(key: string, response: Response): void {
    const entry = this.lru.get(key);
    if (!entry || entry.headers) return;
    entry.headers = [...response.headers.entries()].filter(([name]) => !OWN_HEADERS.has(name.toLowerCase()));
  }
}

/** The Hono side of the answer cache: fills it, and answers from it (with 304s) inside the app. */
export function responseCache(cache: AnswerCache, clock: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!AnswerCache.cacheable(c.req.method, c.req.path)) return next();
    const { key, etag, cacheControl } = cache.identify(new URL(c.req.url), clock());
    c.set('answerKey', key);
    let entry = cache.get(key);
    const ifNoneMatch = c.req.header('If-None-Match');
    if (!entry) {
      const early = AnswerCache.notModified(etag, cacheControl, ifNoneMatch);
      if (early) return c.body(null, 304, early.headers);
      await next();
      if (c.res.status !== 200 || !(c.res.headers.get('Content-Type') ?? '').includes('application/json')) return;
      const serialised = c.get('answerBody');
      entry = {
        etag,
        type: c.res.headers.get('Content-Type') ?? 'application/json',
        cacheControl,
        // The answer is replaced below, so its body may be read (not copied) when the route left no text.
        body: serialised ?? new Uint8Array(await c.res.arrayBuffer()),
        encoded: {},
        hits: 0,
      };
      cache.set(key, entry);
      const answer = cache.answer(entry, c.req.method, undefined, c.req.header('Accept-Encoding'));
      c.res = new Response(answer.body as unknown as ArrayBuffer, { status: 200, headers: answer.headers });
      return;
    }
    const answer = cache.answer(entry, c.req.method, ifNoneMatch, c.req.header('Accept-Encoding'));
    if (answer.status === 304) return c.body(null, 304, answer.headers);
    return c.body(answer.body as unknown as ArrayBuffer, 200, answer.headers);
  };
}

/**
 * The fast path in front of the app: a public GET whose full answer is in the cache is written
 * straight to the socket, with the same headers the app gave it. Anything else returns false.
 */
export function serveCached(
  cache: AnswerCache,
  clock: () => Date,
  req: IncomingMessage,
  res: ServerResponse,
  log?: (entry: { requestId: string; method: string; path: string; status: number; ms: number }) => void,
): boolean {
  const started = performance.now();
  const method = req.method ?? 'GET';
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  if (!AnswerCache.cacheable(method, path) || req.headers.authorization) return false;
  const identity = cache.identifyTarget(target, clock());
  const entry = identity && cache.get(identity.key);
  if (!entry?.headers) return false;
  const requestId = randomUUID();
  const notModified = AnswerCache.notModified(entry.etag, entry.cacheControl, req.headers['if-none-match']);
  let status = 200;
  if (notModified) {
    status = 304;
    res.writeHead(304, [
      ...entry.headers.flat(),
      ...Object.entries(notModified.headers).flat(),
      'X-Request-Id',
      requestId,
    ]);
    res.end();
  } else {
    const wire = cache.wire(entry as Entry & { headers: [string, string][] }, req.headers['accept-encoding'] ?? '');
    const head = wire.head.slice();
    head.push('X-Request-Id', requestId);
    res.writeHead(200, head);
    res.end(method === 'HEAD' ? undefined : wire.body);
  }
  log?.({ requestId, method, path, status, ms: Math.round((performance.now() - started) * 10) / 10 });
  return true;
}
