import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { AGENCY_A, call, createTestApp, type Session, signIn } from './testing.ts';

// The contract: the OpenAPI document is valid, and real answers of every route match the
// schema the document gives for their status.
const { app, db } = createTestApp();
type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
  components?: { schemas?: Record<string, object> };
};
let doc: Doc;
let officer: Session;
let reviewer: Session;
let admin: Session;

beforeAll(async () => {
  doc = (await (await app.request('/api/v1/openapi.json')).json()) as Doc;
  officer = await signIn(app, db, 'officer@bachmai.gov.vn', 'submitter', AGENCY_A);
  reviewer = await signIn(app, db, 'reviewer@aila.example', 'reviewer');
  admin = await signIn(app, db, 'admin@aila.example', 'admin');
});

function check(method: string, route: string, status: number, body: unknown): void {
  const response = doc.paths[route]?.[method]?.responses[String(status)];
  expect(response, `${method} ${route} documents ${status}`).toBeDefined();
  const schema = response?.content?.['application/json']?.schema;
  expect(schema, `${method} ${route} ${status} has a JSON schema`).toBeDefined();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const [name, s] of Object.entries(doc.components?.schemas ?? {}))
    ajv.addSchema(s, `#/components/schemas/${name}`);
  const validate = ajv.compile(schema as object);
  expect(validate(body), `${method} ${route} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

describe('the API contract', () => {
  test('the OpenAPI document is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('real answers of every route match their documented schema', async () => {
    const draft = (await (
      await call(app, officer, 'POST', '/api/v1/submissions', { record: { title: { en: 'Contract' } } })
    ).json()) as { id: string };
    const flag = (await (
      await call(app, null, 'POST', '/api/v1/deployments/bach-mai-lung-cancer-ai/flags', {
        message: 'A contract test report.',
      })
    ).json()) as { id: number };
    const cases: [Session | null, string, string, string, unknown?][] = [
      [null, 'get', '/health', '/api/v1/health'],
      [null, 'get', '/taxonomy', '/api/v1/taxonomy'],
      [null, 'get', '/deployments', '/api/v1/deployments?q=tro%20ly%20ao'],
      [null, 'get', '/deployments', '/api/v1/deployments?q=tro%20ly%20ao&view=rows&lang=vi'],
      [null, 'get', '/deployments', '/api/v1/deployments?view=rows&sector=health'],
      [null, 'get', '/deployments/{id}', '/api/v1/deployments/bach-mai-lung-cancer-ai'],
      [null, 'get', '/deployments/{id}/revisions', '/api/v1/deployments/bach-mai-lung-cancer-ai/revisions'],
      [null, 'get', '/stats', '/api/v1/stats'],
      [null, 'get', '/landscape', '/api/v1/landscape'],
      [null, 'get', '/recommendations', '/api/v1/recommendations?sector=health'],
      [null, 'get', '/agencies', '/api/v1/agencies'],
      [null, 'get', '/registers', '/api/v1/registers'],
      [null, 'get', '/auth/session', '/api/v1/auth/session'],
      [officer, 'get', '/submissions', '/api/v1/submissions'],
      [officer, 'get', '/submissions/{id}', `/api/v1/submissions/${draft.id}`],
      [
        officer,
        'put',
        '/submissions/{id}',
        `/api/v1/submissions/${draft.id}`,
        { record: { title: { en: 'Contract 2' } } },
      ],
      [
        officer,
        'post',
        '/submissions/{id}/comments',
        `/api/v1/submissions/${draft.id}/comments`,
        { comment: 'A note.' },
      ],
      [officer, 'post', '/submissions/{id}/submit', `/api/v1/submissions/${draft.id}/submit`],
      [reviewer, 'get', '/flags', '/api/v1/flags'],
      [reviewer, 'post', '/flags/{id}/resolve', `/api/v1/flags/${flag.id}/resolve`, { comment: 'Checked.' }],
      [admin, 'get', '/audit', '/api/v1/audit'],
      [null, 'get', '/deployments/{id}', '/api/v1/deployments/no-such-record'],
      [null, 'get', '/deployments', '/api/v1/deployments?sector=space'],
      [null, 'get', '/submissions', '/api/v1/submissions'],
      [officer, 'get', '/audit', '/api/v1/audit'],
      [null, 'get', '/readiness/instrument', '/api/v1/readiness/instrument'],
      [
        officer,
        'put',
        '/readiness/agencies/{agencyId}',
        '/api/v1/readiness/agencies/bach-mai-hospital',
        { answers: { 'data.quality': { value: 2, note: 'Checked monthly' } } },
      ],
      [officer, 'get', '/readiness/agencies/{agencyId}', '/api/v1/readiness/agencies/bach-mai-hospital'],
      [
        officer,
        'post',
        '/readiness/agencies/{agencyId}/publish',
        '/api/v1/readiness/agencies/bach-mai-hospital/publish',
        { published: true },
      ],
      [officer, 'get', '/readiness/responses', '/api/v1/readiness/responses'],
      [null, 'get', '/readiness/landscape', '/api/v1/readiness/landscape'],
      [null, 'get', '/readiness/export/datapackage.json', '/api/v1/readiness/export/datapackage.json'],
      [null, 'get', '/readiness/agencies/{agencyId}', '/api/v1/readiness/agencies/bach-mai-hospital'],
    ];
    for (const [who, method, route, path, body] of cases) {
      const res = await call(app, who, method.toUpperCase(), path, body);
      check(method, route, res.status, await res.json());
    }
    const documented = Object.entries(doc.paths).flatMap(([route, ops]) =>
      Object.keys(ops).map((m) => `${m} ${route}`),
    );
    const exercised = new Set(cases.map(([, m, r]) => `${m} ${r}`));
    // Routes not exercised here are exercised by their own suites (login, exports, dumps, decisions, reports).
    expect(documented.filter((r) => !exercised.has(r)).sort()).toEqual(
      [
        'get /deployments/export',
        'get /dump',
        'post /auth/login',
        'post /auth/logout',
        'post /deployments/{id}/flags',
        'post /submissions',
        'post /submissions/{id}/approve',
        'post /submissions/{id}/reject',
        'post /submissions/{id}/request-changes',
      ].sort(),
    );
  });
});
