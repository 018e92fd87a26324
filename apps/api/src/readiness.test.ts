import { getUser, listAudit, saveResponse, type User } from '@aila/db';
import { ErrorSchema } from '@aila/domain';
import { beforeAll, describe, expect, test } from 'vitest';
import { AGENCY_A, AGENCY_B, call, createTestApp, ORIGIN, type Session, signIn } from './testing.ts';

const { app, db } = createTestApp();
let officerA: Session;
let officerB: Session;
let reviewer: Session;
const NOW = '2026-06-01T00:00:00.000Z';

interface Instrument {
  version: number;
  instrument: { sections: { id: string; kind: string; questions: { id: string; kind: string }[] }[] };
}
let instrument: Instrument;
const levels = (level: number) =>
  Object.fromEntries(
    instrument.instrument.sections
      .filter((s) => s.kind === 'readiness')
      .flatMap((s) => s.questions.map((q) => [q.id, { value: level }])),
  );
const problem = {
  'problem.sector': { value: 'health' },
  'problem.served': { value: 'Patients of the respiratory ward' },
  'problem.failing': { value: 'Appointments are booked by phone and often lost' },
  'problem.success': { value: 'Share of appointments kept' },
  'problem.non_ai': { value: 'examined_ai_needed' },
};

beforeAll(async () => {
  officerA = await signIn(app, db, 'a@agency-a.gov.vn', 'submitter', AGENCY_A);
  officerB = await signIn(app, db, 'b@agency-b.gov.vn', 'submitter', AGENCY_B);
  reviewer = await signIn(app, db, 'reviewer@aila.example', 'reviewer');
  instrument = (await (await app.request('/api/v1/readiness/instrument')).json()) as Instrument;
});

describe('the readiness questionnaire', () => {
  test('is public, with its version', async () => {
    expect(instrument.version).toBe(1);
    expect(instrument.instrument.sections.map((s) => s.id)).toEqual([
      'problem',
      'data',
      'infrastructure',
      'people',
      'finance',
      'policy',
    ]);
    const res = await app.request('/api/v1/readiness/instrument?version=9');
    expect(res.status).toBe(404);
  });
});

describe('an agency’s answers', () => {
  test('are saved by its officer and answered with the profile and roadmap at once', async () => {
    const res = await call(app, officerA, 'PUT', `/api/v1/readiness/agencies/${AGENCY_A}`, {
      answers: { ...problem, ...levels(3), 'people.skills': { value: 0, note: 'No training yet' } },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      round: string;
      response: { complete: boolean; published: boolean };
      profile: { dimensions: { dimension: string; score: number }[]; weakest: string[] };
      steps: { id: string }[];
      editable: boolean;
    };
    expect(body.round).toBe('2026');
    expect(body.response).toMatchObject({ complete: true, published: false });
    expect(body.profile.weakest).toEqual(['people']);
    expect(body.profile.dimensions.find((d) => d.dimension === 'people')?.score).toBe(75);
    expect(body.steps.map((s) => s.id)).toEqual(['problem', 'r2-ai-people', 'law']);
    expect(body.editable).toBe(true);
    const entry = listAudit(db, { entity: 'readiness', limit: 1 })[0];
    expect(entry).toMatchObject({ action: 'create', actor: officerA.user.id });
  });

  test('are read by the agency and reviewers, and by nobody else while unpublished', async () => {
    const path = `/api/v1/readiness/agencies/${AGENCY_A}`;
    expect((await call(app, officerA, 'GET', path)).status).toBe(200);
    const seen = (await (await call(app, reviewer, 'GET', path)).json()) as {
      response: { answers: Record<string, { note?: string }> };
      editable: boolean;
    };
    expect(seen.response.answers['people.skills']?.note).toBe('No training yet');
    expect(seen.editable).toBe(false);
    for (const who of [officerB, null]) {
      const res = await call(app, who, 'GET', path);
      expect(res.status).toBe(404);
      expect(ErrorSchema.safeParse(await res.json()).success).toBe(true);
    }
    const list = (await (await call(app, officerB, 'GET', '/api/v1/readiness/responses')).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);
    expect((await call(app, null, 'GET', '/api/v1/readiness/responses')).status).toBe(401);
  });

  test('cannot be written by another agency, a reviewer, an anonymous visitor or without the CSRF token', async () => {
    const path = `/api/v1/readiness/agencies/${AGENCY_A}`;
    const body = { answers: { 'data.quality': { value: 0 } } };
    expect((await call(app, officerB, 'PUT', path, body)).status).toBe(404);
    expect((await call(app, reviewer, 'PUT', path, body)).status).toBe(403);
    expect((await call(app, null, 'PUT', path, body)).status).toBe(401);
    const noCsrf = await app.request(path, {
      method: 'PUT',
      headers: { Origin: ORIGIN, Cookie: officerA.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(noCsrf.status).toBe(403);
    const stored = (await (await call(app, officerA, 'GET', path)).json()) as {
      response: { answers: Record<string, { value: number }> };
    };
    expect(stored.response.answers['data.quality']?.value).toBe(3);
  });

  test('bad input is a 400 naming each field in both languages', async () => {
    const path = `/api/v1/readiness/agencies/${AGENCY_A}`;
    const wrongLevel = await call(app, officerA, 'PUT', path, {
      answers: { 'data.quality': { value: 5 }, 'made.up': { value: 1 } },
    });
    expect(wrongLevel.status).toBe(400);
    const a = (await wrongLevel.json()) as {
      error: { details: { path: string; messages: { en: string; vi: string } }[] };
    };
    expect(a.error.details.map((d) => d.path).sort()).toEqual(['answers.data.quality.value', 'answers.made.up']);
    expect(a.error.details[0]?.messages.vi).toBeTruthy();

    const badShape = await call(app, officerA, 'PUT', path, {
      answers: { 'data.quality': { value: 1, evidenceUrl: 'ftp://x' } },
      extra: true,
    });
    expect(badShape.status).toBe(400);
    const b = (await badShape.json()) as {
      error: { details: { path: string; messages: { en: string; vi: string } }[] };
    };
    expect(b.error.details.map((d) => d.path).sort()).toEqual(['answers.data.quality.evidenceUrl', 'extra']);
    for (const d of b.error.details) expect(d.messages.vi).not.toBe(d.messages.en);
    expect(
      (await call(app, officerA, 'PUT', '/api/v1/readiness/agencies/no-such-agency', { answers: {} })).status,
    ).toBe(404);
  });

  test('a published profile is visible to anyone, without notes', async () => {
    const path = `/api/v1/readiness/agencies/${AGENCY_A}`;
    expect((await call(app, reviewer, 'POST', `${path}/publish`, { published: true })).status).toBe(403);
    // Publishing is the agency's choice: not an admin's.
    const admin = await signIn(app, db, 'admin-publish@aila.vn', 'admin');
    expect((await call(app, admin, 'POST', `${path}/publish`, { published: true })).status).toBe(403);
    expect((await call(app, officerA, 'POST', `${path}/publish`, { published: true })).status).toBe(200);
    const res = await call(app, null, 'GET', path);
    expect(res.status).toBe(200);
    const seen = (await res.json()) as { full: boolean; response: { answers: Record<string, object> } };
    expect(seen.full).toBe(false);
    expect(seen.response.answers['people.skills']).toEqual({ value: 0 });
  });
});

describe('the readiness landscape', () => {
  const landscape = async () =>
    (await (await app.request('/api/v1/readiness/landscape')).json()) as {
      answered: number;
      total: number;
      byDimension: { dimension: string; n: number; mean: number | null }[];
      groups: { level: { shown: { key: string; n: number }[]; hiddenAgencies: number } };
      recommendations: { id: string; priority: { evidenceCount: number; assessedCount: number } }[];
      published: { agencyId: string }[];
    };

  test('shows counts but no means under 3 agencies', async () => {
    const before = await landscape();
    expect(before.answered).toBe(1);
    expect(before.total).toBeGreaterThan(50);
    expect(before.byDimension.every((d) => d.mean === null)).toBe(true);
    expect(before.recommendations).toEqual([]);
    expect(before.published.map((p) => p.agencyId)).toEqual([AGENCY_A]);
  });

  test('with several agencies, means by dimension and level, hiding groups under 3', async () => {
    // Fixtures: three municipal agencies, one more public-service unit and a central one, answered in the store.
    const agencies: [string, number][] = [
      [AGENCY_B, 1],
      ['hanoi-city-tax', 2],
      ['hanoi-police', 3],
      ['hanoi-oncology-hospital', 0],
      ['customs-department', 2],
    ];
    for (const [agencyId, level] of agencies) {
      const officer = await signIn(app, db, `officer@${agencyId}.gov.vn`, 'submitter', agencyId);
      saveResponse(
        db,
        { agencyId, round: '2026' },
        { answers: { ...problem, ...levels(level) } },
        getUser(db, officer.user.id) as User,
        NOW,
      );
    }
    const after = await landscape();
    expect(after.answered).toBe(6);
    // Agency A: data 100, the others 1/3, 2/3, 1, 0 and 2/3 of the top level.
    expect(after.byDimension.find((d) => d.dimension === 'data')?.mean).toBeCloseTo(
      (100 + 100 / 3 + 200 / 3 + 100 + 0 + 200 / 3) / 6,
    );
    // Municipal (3 unpublished) is hidden too: with the overall mean and the published profile,
    // it would give away the two unpublished agencies of the other levels.
    expect(after.groups.level.shown).toEqual([]);
    expect(after.groups.level.hiddenAgencies).toBe(6);
    // Open data rests on 2 agencies' answers: too few to show.
    expect(after.recommendations.find((r) => r.id === 'r5-open-data')).toBeUndefined();
  });

  test('the export is a Data Package whose microdata names only published agencies', async () => {
    const descriptor = (await (await app.request('/api/v1/readiness/export/datapackage.json')).json()) as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(descriptor.resources.map((r) => r.path)).toEqual(['answers.csv', 'instrument.csv']);
    const answers = await (await app.request('/api/v1/readiness/export/answers.csv')).text();
    const lines = answers.trim().split('\n');
    expect(lines[0]).toBe(descriptor.resources[0]?.schema.fields.map((f) => f.name).join(','));
    expect(answers).toContain(AGENCY_A);
    expect(answers).not.toContain('hanoi-police');
    // Free text only from the agency that published: the others' shows as "answered".
    expect(answers.split('Appointments are booked').length - 1).toBe(1);
    expect(answers).toMatch(/,problem\.served,answered\r?\n/);
    const questions = await (await app.request('/api/v1/readiness/export/instrument.csv')).text();
    expect(questions.split('\n')[0]).toContain('instrument_version,section,question');
    expect(questions).toContain('data.quality');
  });
});
