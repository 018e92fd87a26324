import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { catalogueVersion, type Db } from '@aila/db';
import type { Context, MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from './context.ts';

/** Routes that only read published data: open to any origin, cacheable, with ETags. */
const PUBLIC_READ =
  /^\/api\/v1\/(deployments(\/[^/]+(\/revisions)?)?|stats|taxonomy|landscape|recommendations|agencies|openapi\.json|health)$/;
/** Of those, the ones whose answer depends only on the catalogue and the query (not on the time or the user). */
const CACHEABLE =
  /^\/api\/v1\/(deployments(\/[^/]+(\/revisions)?)?|stats|taxonomy|landscape|recommendations|agencies|openapi\.json)$/;
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
}

const CACHE_CONTROL: [RegExp, string][] = [
  [/^\/api\/v1\/(taxonomy|openapi\.json)$/, 'public, max-age=3600'],
  [/^\/api\/v1\/(landscape|agencies)$/, 'public, max-age=300, must-revalidate'],
  [/./, 'public, max-age=60, must-revalidate'],
];

/** The request as a cache key: path and parameters in a stable order (repeats kept in order). */
function normalised(c: Context): string {
  const url = new URL(c.req.url);
  const params = [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

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

export interface ResponseCacheOptions {
  db: Db;
  clock: () => Date;
  /** Upper bound of the cache's size in bytes (bodies and their compressed copies). */
  maxBytes?: number;
}

/**
 * Public GETs answer from memory: a strong ETag from the stored catalogue version, the day and
 * the normalised request (304 on If-None-Match), and serialised, pre-compressed bodies in a
 * size-bounded LRU that is emptied whenever the catalogue version changes.
 */
export function responseCache({ db, clock, maxBytes = 64 * 2 ** 20 }: ResponseCacheOptions): MiddlewareHandler<AppEnv> {
  const cache = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    sizeCalculation: (e) => e.body.byteLength + (e.gzip?.byteLength ?? 0) + (e.br?.byteLength ?? 0) + 200,
  });
  let version = -1;
  return async (c, next) => {
    if (
      (c.req.method !== 'GET' && c.req.method !== 'HEAD') ||
      !CACHEABLE.test(c.req.path) ||
      c.req.path === '/api/v1/deployments/export'
    )
      return next();
    const current = catalogueVersion(db);
    if (current !== version) {
      cache.clear();
      version = current;
    }
    // Answers that depend on the day (staleness) change at midnight UTC, without a new version.
    const key = `${normalised(c)}#${clock().toISOString().slice(0, 10)}`;
    const etag = `"${current}-${createHash('sha1').update(key).digest('base64url').slice(0, 16)}"`;
    const cacheControl = CACHE_CONTROL.find(([pattern]) => pattern.test(c.req.path))?.[1] ?? 'no-cache';
    const ifNoneMatch = c.req.header('If-None-Match');
    if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*')) {
      c.header('ETag', etag);
      c.header('Cache-Control', cacheControl);
      c.header('Vary', 'Accept-Encoding');
      return c.body(null, 304);
    }
    let entry = cache.get(key);
    const computed = !entry;
    if (!entry) {
      await next();
      if (c.res.status !== 200 || !(c.res.headers.get('Content-Type') ?? '').includes('application/json')) return;
      entry = {
        etag,
        type: c.res.headers.get('Content-Type') ?? 'application/json',
        cacheControl,
        body: new Uint8Array(await c.res.clone().arrayBuffer()),
      };
      cache.set(key, entry);
    }
    const accepts = acceptedEncodings(c.req.header('Accept-Encoding') ?? '');
    let body = entry.body;
    let encoding: string | null = null;
    if (entry.body.byteLength > 1024 && accepts.has('br')) {
      entry.br ??= brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      body = entry.br;
      encoding = 'br';
    } else if (entry.body.byteLength > 1024 && accepts.has('gzip')) {
      entry.gzip ??= gzipSync(entry.body);
      body = entry.gzip;
      encoding = 'gzip';
    }
    const response = new Response(c.req.method === 'HEAD' ? null : (body as unknown as ArrayBuffer), {
      status: 200,
      headers: {
        'Content-Type': entry.type,
        ETag: entry.etag,
        'Cache-Control': entry.cacheControl,
        Vary: 'Accept-Encoding',
        'X-Request-Id': c.get('requestId'),
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      },
    });
    if (!computed) return response;
    c.res = response;
  };
}
