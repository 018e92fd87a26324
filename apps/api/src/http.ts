import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { catalogueVersion, type Db } from '@aila/db';
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

interface Entry {
  etag: string;
  type: string;
  cacheControl: string;
  body: Uint8Array;
  gzip?: Uint8Array;
  br?: Uint8Array;
  /** The other headers of the full answer (security, CORS), once an answer went through the app. */
  headers?: [string, string][];
  /** How often it was served: brotli, slower to make, only for answers asked for again. */
  hits: number;
  fastGzip?: Uint8Array;
}

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

  /** The key and ETag of a request, at the current catalogue version (the cache empties when it moves). */
  identify(url: URL, today: Date): { key: string; etag: string; cacheControl: string } {
    const current = catalogueVersion(this.db);
    if (current !== this.version) {
      this.lru.clear();
      this.version = current;
    }
    const params = [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // Answers that depend on the day (staleness) change at midnight UTC, without a new version.
    const key = `${url.pathname}?${new URLSearchParams(params).toString()}#${today.toISOString().slice(0, 10)}`;
    const etag = `"${current}-${createHash('sha1').update(key).digest('base64url').slice(0, 16)}"`;
    const cacheControl = CACHE_CONTROL.find(([pattern]) => pattern.test(url.pathname))?.[1] ?? 'no-cache';
    return { key, etag, cacheControl };
  }

  get(key: string): Entry | undefined {
    return this.lru.get(key);
  }

  set(key: string, entry: Entry): void {
    this.lru.set(key, entry);
  }

  /** A 304 when the client already has this answer. */
  static notModified(etag: string, cacheControl: string, ifNoneMatch: string | undefined): CachedAnswer | null {
    if (!ifNoneMatch?.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*')) return null;
    return { status: 304, headers: { ETag: etag, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' }, body: null };
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
    const headers: Record<string, string> = {
      ETag: full.etag,
      'Cache-Control': full.cacheControl,
      Vary: 'Accept-Encoding',
    };
    const accepts = acceptedEncodings(acceptEncoding ?? '');
    let body = full.body;
    full.hits += 1;
    if (full.body.byteLength > 1024 && accepts.has('br') && full.hits > 1) {
      full.br ??= brotliCompressSync(full.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      body = full.br;
      headers['Content-Encoding'] = 'br';
    } else if (full.body.byteLength > 1024 && accepts.has('gzip')) {
      // A first answer is compressed fast; answers asked for again get the smaller encodings.
      if (full.hits > 1) full.gzip ??= gzipSync(full.body);
      else full.fastGzip ??= gzipSync(full.body, { level: 1 });
      body = (full.hits > 1 ? full.gzip : full.fastGzip) ?? full.body;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Type'] = full.type;
    return { status: 200, headers, body: method === 'HEAD' ? null : body };
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
      entry = {
        etag,
        type: c.res.headers.get('Content-Type') ?? 'application/json',
        cacheControl,
        body: new Uint8Array(await c.res.clone().arrayBuffer()),
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
  const q = (req.url ?? '/').indexOf('?');
  const path = q < 0 ? (req.url ?? '/') : (req.url ?? '/').slice(0, q);
  if (!AnswerCache.cacheable(method, path) || req.headers.authorization) return false;
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://local');
  } catch {
    return false;
  }
  const { key } = cache.identify(url, clock());
  const entry = cache.get(key);
  if (!entry?.headers) return false;
  const answer = cache.answer(entry, method, req.headers['if-none-match'], req.headers['accept-encoding']);
  const requestId = randomUUID();
  res.writeHead(answer.status, [
    ...entry.headers.flat(),
    ...Object.entries(answer.headers).flat(),
    'X-Request-Id',
    requestId,
    ...(answer.body ? ['Content-Length', String(answer.body.byteLength)] : []),
  ]);
  res.end(answer.body ?? undefined);
  log?.({ requestId, method, path, status: answer.status, ms: Math.round((performance.now() - started) * 10) / 10 });
  return true;
}
