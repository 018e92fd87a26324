import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { type AppDeps, type AppEnv, type RouteDeps, router } from './context.ts';
import { errorResponse, handleError } from './errors.ts';
import { deploymentRoutes } from './routes/deployments.ts';
import { healthRoutes } from './routes/health.ts';
import { landscapeRoutes } from './routes/landscape.ts';
import { statsRoutes } from './routes/stats.ts';
import { taxonomyRoutes } from './routes/taxonomy.ts';
import { docsApp, webApp } from './web.ts';

export type { AppConfig, AppDeps, AppEnv } from './context.ts';

/** What every route needs, computed once. */
function routeDeps(deps: AppDeps): RouteDeps {
  return {
    db: deps.db,
    clock: deps.clock ?? (() => new Date()),
    scope: { includeSynthetic: deps.config?.includeSynthetic ?? false },
    version: deps.config?.version ?? '0.1.0',
  };
}

/** The versioned JSON API; its type is what the web client is generated from. */
export function createApi(deps: AppDeps) {
  const routes = routeDeps(deps);
  return router()
    .route('/', healthRoutes(routes))
    .route('/', taxonomyRoutes(routes))
    .route('/', deploymentRoutes(routes))
    .route('/', statsRoutes(routes))
    .route('/', landscapeRoutes(routes));
}
export type Api = ReturnType<typeof createApi>;

export function createApp(deps: AppDeps) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const app = new Hono<AppEnv>();

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('user', null);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
    }),
  );
  app.use('*', compress());

  const api = createApi(deps);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'AILA API',
      version: deps.config?.version ?? '0.1.0',
      description:
        'Open catalogue of artificial intelligence in the public sector. Read-only endpoints need no key. Data licence: CC BY 4.0.',
    },
  });
  app.route('/api/v1', api);
  app.route('/api/docs', docsApp('/api/v1/openapi.json'));
  app.all('/api/*', (c) => errorResponse(c, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));

  if (deps.config?.webDist) app.route('/', webApp(deps.config.webDist));
  app.notFound((c) => errorResponse(c, 'not_found', `Nothing at ${c.req.path}.`));
  app.onError((error, c) => handleError(error, c, log));
  return app;
}
