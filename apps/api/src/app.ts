import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { createLimits } from './auth/limits.ts';
import { csrfProtection, identify } from './auth/session.ts';
import { type AppDeps, type AppEnv, type RouteDeps, router } from './context.ts';
import { AppError, errorResponse, handleError } from './errors.ts';
import { AnswerCache, hsts, publicCors, responseCache } from './http.ts';
import { authRoutes } from './routes/auth.ts';
import { deploymentRoutes } from './routes/deployments.ts';
import { flagRoutes } from './routes/flags.ts';
import { healthRoutes } from './routes/health.ts';
import { landscapeRoutes } from './routes/landscape.ts';
import { readinessRoutes } from './routes/readiness.ts';
import { statsRoutes } from './routes/stats.ts';
import { submissionRoutes } from './routes/submissions.ts';
import { taxonomyRoutes } from './routes/taxonomy.ts';
import { docsApp, webApp } from './web.ts';

export type { AppConfig, AppDeps, AppEnv } from './context.ts';

/** What every route needs, computed once. */
function routeDeps(deps: AppDeps): RouteDeps {
  const clock = deps.clock ?? (() => new Date());
  const includeSynthetic = deps.config?.includeSynthetic ?? false;
  return {
    db: deps.db,
    clock,
    scope: () => ({ includeSynthetic, now: clock() }),
    version: deps.config?.version ?? '0.1.0',
    publicUrl: (deps.config?.publicUrl ?? 'http://localhost:8080').replace(/\/+$/, ''),
    limits: deps.limits ?? createLimits(),
  };
}

/** The largest request body a write may carry. */
const MAX_BODY = 512 * 1024;

/** The versioned JSON API; its type is what the web client is generated from. */
export function createApi(routes: RouteDeps) {
  return router()
    .route('/', healthRoutes(routes))
    .route('/', taxonomyRoutes(routes))
    .route('/', deploymentRoutes(routes))
    .route('/', statsRoutes(routes))
    .route('/', landscapeRoutes(routes))
    .route('/', authRoutes(routes))
    .route('/', submissionRoutes(routes))
    .route('/', flagRoutes(routes))
    .route('/', readinessRoutes(routes));
}
export type Api = ReturnType<typeof createApi>;

export function createApp(deps: AppDeps) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const app = new Hono<AppEnv>();
  const routes = routeDeps(deps);

  const answers = deps.answerCache ?? new AnswerCache(routes.db);
  // Outermost: once an answer has all its headers, the cache keeps them for the fast path.
  app.use('*', async (c, next) => {
    await next();
    const key = c.get('answerKey');
    if (key && c.res.status === 200) answers.rememberHeaders(key, c.res);
  });
  app.use('*', requestId());
  const requestLog = deps.requestLog;
  if (requestLog)
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      requestLog({
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    });
  app.use('*', async (c, next) => {
    let address = 'local';
    try {
      address = getConnInfo(c).remote.address ?? 'local';
    } catch {
      // Not served by node (tests call app.request): one bucket for all.
    }
    c.set('clientAddress', address);
    await next();
  });
  // Pages and the API docs: what the dashboard needs and nothing more. JSON answers of the API:
  // nothing may load or frame them, and the headers that only mean something for documents are left out.
  const pageHeaders = secureHeaders({
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
    xFrameOptions: 'DENY',
    // Sent only over HTTPS, by hsts() below.
    strictTransportSecurity: false,
  });
  const apiHeaders = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  app.use('*', (c, next) => (c.req.path.startsWith('/api/v1/') ? apiHeaders(c, next) : pageHeaders(c, next)));
  app.use('*', hsts());
  app.use('*', compress());
  app.use('/api/*', publicCors());

  app.use('/api/*', identify(routes.db, routes.clock), csrfProtection());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: () => {
        throw new AppError('payload_too_large', `The request body is larger than ${MAX_BODY / 1024} KB.`);
      },
    }),
  );
  app.use('/api/v1/*', responseCache(answers, routes.clock));
  const api = createApi(routes);
  // The OpenAPI document is built once, on its first request.
  let document: string | undefined;
  api.get('/openapi.json', (c) => {
    document ??= JSON.stringify(
      api.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'AILA API',
          version: routes.version,
          description:
            'Open catalogue of artificial intelligence in the public sector. Read-only endpoints need no key; writes need a session (with its CSRF token) or a personal API token. Data licence: CC BY 4.0.',
        },
      }),
    );
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(document, 200);
  });
  app.route('/api/v1', api);
  app.route('/api/docs', docsApp('/api/v1/openapi.json'));
  app.all('/api/*', (c) => errorResponse(c, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));

  if (deps.config?.webDist) app.route('/', webApp(deps.config.webDist));
  app.notFound((c) => errorResponse(c, 'not_found', `Nothing at ${c.req.path}.`));
  app.onError((error, c) => handleError(error, c, log));
  return app;
}
