import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type Next } from 'hono';

/** Sets Cache-Control once a file is served (serveStatic's own hook runs too late on some runtimes). */
function cacheFor(value: string) {
  return async (c: Context, next: Next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', value);
  };
}

/**
 * Serves the built dashboard: hashed assets cached for a year, everything else revalidated,
 * and unknown non-API paths answered with index.html so client-side routes load directly.
 */
export function webApp(dist: string) {
  const app = new Hono();
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`The web app is not built: ${indexPath} is missing. Run npm run build.`);

  app.use(
    '/assets/*',
    cacheFor('public, max-age=31536000, immutable'),
    serveStatic({ root: dist, precompressed: true }),
  );
  app.use('*', cacheFor('no-cache'), serveStatic({ root: dist }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    // Read per request (it is small) so a rebuild never leaves the page pointing at old assets.
    return c.html(readFileSync(indexPath, 'utf8'));
  });
  return app;
}

const require = createRequire(import.meta.url);

/** Browsable API docs from the locally installed swagger-ui-dist: no CDN at run time. */
export function docsApp(specUrl: string) {
  const app = new Hono();
  const assets = dirname(require.resolve('swagger-ui-dist/package.json'));
  app.get('/', (c) =>
    c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>AILA API — documentation</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`),
  );
  app.get('/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(`window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui' });`);
  });
  app.use(
    '/*',
    cacheFor('public, max-age=86400'),
    serveStatic({ root: assets, rewriteRequestPath: (path) => path.replace(/^\/api\/docs/, '') }),
  );
  return app;
}
