import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type Next } from 'hono';
import type { AppEnv } from './context.ts';
import { errorResponse } from './errors.ts';

/** Sets Cache-Control once a file is served (serveStatic's own hook runs too late on some runtimes). */
function cacheFor(value: string) {
  return async (c: Context, next: Next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', value);
  };
}

/** Static paths answer GET and HEAD; OPTIONS says so; anything else is a 405 with the envelope. */
function readOnly() {
  return async (c: Context<AppEnv>, next: Next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    c.header('Allow', 'GET, HEAD');
    if (c.req.method === 'OPTIONS') return c.body(null, 204);
    return errorResponse(c, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}.`);
  };
}

/** A missing file under a static prefix: a 404 that no browser or proxy keeps. */
function missing(c: Context<AppEnv>) {
  c.header('Cache-Control', 'no-store');
  return errorResponse(c, 'not_found', `No file at ${c.req.path}.`);
}

/**
 * Serves the built dashboard: hashed assets cached for a year, everything else revalidated,
 * and unknown non-API paths answered with index.html so client-side routes load directly.
 */
export function webApp(dist: string) {
  const app = new Hono<AppEnv>();
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`The web app is not built: ${indexPath} is missing. Run npm run build.`);

  app.use('*', readOnly());
  app.use(
    '/assets/*',
    cacheFor('public, max-age=31536000, immutable'),
    serveStatic({ root: dist, precompressed: true }),
  );
  app.all('/assets/*', missing);
  app.use('*', cacheFor('no-cache'), serveStatic({ root: dist }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    // Read per request (it is small) so a rebuild never leaves the page pointing at old assets.
    return c.html(readFileSync(indexPath, 'utf8'));
  });
  return app;
}

const resolvePackage = createRequire(import.meta.url).resolve;
/** The only files of swagger-ui-dist the docs page loads. */
const DOCS_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

/** Browsable API docs from the locally installed swagger-ui-dist: no CDN at run time. */
export function docsApp(specUrl: string) {
  const app = new Hono<AppEnv>();
  const assets = dirname(resolvePackage('swagger-ui-dist/package.json'));
  const files = new Map(Object.keys(DOCS_FILES).map((name) => [name, readFileSync(join(assets, name))]));
  app.use('*', readOnly());
  app.get('/', (c) =>
    c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>AILA API — documentation</title><link rel="icon" href="/api/docs/favicon-32x32.png"><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`),
  );
  app.get('/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(`window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui' });`);
  });
  app.get('/:file', (c) => {
    const name = c.req.param('file');
    const body = files.get(name);
    if (!body) return missing(c);
    c.header('Content-Type', DOCS_FILES[name] ?? 'application/octet-stream');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(new Uint8Array(body), 200);
  });
  app.all('*', missing);
  return app;
}
