import { createFlag, createSubmission, getAgency, getUser, submitSubmission, type User } from '@aila/db';
import { ErrorSchema } from '@aila/domain';
import { beforeAll, describe, expect, test } from 'vitest';
import { AGENCY_A, AGENCY_B, call, createTestApp, type Session, signIn } from './testing.ts';

// One authorization suite for every protected route: each actor gets the expected status, and a
// submitter never reads or changes another agency's submissions nor publishes.
const { app, db } = createTestApp();
const NOW = '2026-06-01T00:00:00.000Z';
type Actor = 'anonymous' | 'submitterA' | 'submitterB' | 'reviewer' | 'admin';
const sessions: Partial<Record<Actor, Session>> = {};

beforeAll(async () => {
  sessions.submitterA = await signIn(app, db, 'a@agency-a.gov.vn', 'submitter', AGENCY_A);
  sessions.submitterB = await signIn(app, db, 'b@agency-b.gov.vn', 'submitter', AGENCY_B);
  sessions.reviewer = await signIn(app, db, 'reviewer@aila.example', 'reviewer');
  sessions.admin = await signIn(app, db, 'admin@aila.example', 'admin');
});

const ownerA = () => getUser(db, sessions.submitterA?.user.id ?? '') as User;
const draftRecord = (title: string) => ({ title: { en: title }, summary: { vi: 'Một hệ thống thử nghiệm.' } });
/** A fresh draft of agency A, made directly in the database. */
const draftOfA = () => createSubmission(db, { record: draftRecord('Triage assistant') }, ownerA(), NOW).id;
/** A fresh submitted, complete entry of agency A. */
function submittedOfA(): string {
  const record = {
    title: { en: 'Radiology triage', vi: 'Phân loại chẩn đoán hình ảnh' },
    summary: { en: 'Flags urgent scans.', vi: 'Đánh dấu phim chụp khẩn cấp.' },
    agencyId: AGENCY_A,
    country: 'VN',
    provinceCode: 'VN23',
    sector: 'health',
    category: 'analytics_decision',
    stage: 'pilot',
    sources: [{ url: 'https://example.org/radiology-triage' }],
  };
  const id = createSubmission(db, { record }, ownerA(), NOW).id;
  submitSubmission(db, id, ownerA(), NOW);
  return id;
}
const openFlag = () =>
  createFlag(db, { deploymentId: 'bach-mai-lung-cancer-ai', message: 'The year looks wrong here.', contact: null }, NOW)
    ?.id;

interface Case {
  name: string;
  method: string;
  path: (ids: { draft: string; submitted: string; flag: number | undefined }) => string;
  body?: unknown;
  expect: Record<Actor, number>;
}

const comment = { comment: 'Please add the legal basis.' };
const CASES: Case[] = [
  {
    name: 'list submissions',
    method: 'GET',
    path: () => '/api/v1/submissions',
    expect: { anonymous: 401, submitterA: 200, submitterB: 200, reviewer: 200, admin: 200 },
  },
  {
    name: 'create a draft for one’s own agency',
    method: 'POST',
    path: () => '/api/v1/submissions',
    body: { record: draftRecord('New assistant') },
    expect: { anonymous: 401, submitterA: 201, submitterB: 201, reviewer: 403, admin: 201 },
  },
  {
    name: 'create an update of agency A’s record',
    method: 'POST',
    path: () => '/api/v1/submissions',
    body: { deploymentId: 'bach-mai-lung-cancer-ai', record: draftRecord('Lung cancer screening') },
    expect: { anonymous: 401, submitterA: 201, submitterB: 403, reviewer: 403, admin: 201 },
  },
  {
    name: 'read agency A’s draft',
    method: 'GET',
    path: ({ draft }) => `/api/v1/submissions/${draft}`,
    expect: { anonymous: 401, submitterA: 200, submitterB: 404, reviewer: 200, admin: 200 },
  },
  {
    name: 'save agency A’s draft',
    method: 'PUT',
    path: ({ draft }) => `/api/v1/submissions/${draft}`,
    body: { record: draftRecord('Triage assistant, renamed') },
    expect: { anonymous: 401, submitterA: 200, submitterB: 404, reviewer: 403, admin: 200 },
  },
  {
    name: 'submit agency A’s entry',
    method: 'POST',
    path: ({ draft }) => `/api/v1/submissions/${draft}/submit`,
    expect: { anonymous: 401, submitterA: 400, submitterB: 404, reviewer: 403, admin: 400 },
  },
  {
    name: 'comment on agency A’s entry',
    method: 'POST',
    path: ({ draft }) => `/api/v1/submissions/${draft}/comments`,
    body: comment,
    expect: { anonymous: 401, submitterA: 200, submitterB: 404, reviewer: 200, admin: 200 },
  },
  {
    name: 'approve (publish)',
    method: 'POST',
    path: ({ submitted }) => `/api/v1/submissions/${submitted}/approve`,
    body: {},
    expect: { anonymous: 401, submitterA: 403, submitterB: 403, reviewer: 200, admin: 200 },
  },
  {
    name: 'request changes',
    method: 'POST',
    path: ({ submitted }) => `/api/v1/submissions/${submitted}/request-changes`,
    body: comment,
    expect: { anonymous: 401, submitterA: 403, submitterB: 403, reviewer: 200, admin: 200 },
  },
  {
    name: 'reject',
    method: 'POST',
    path: ({ submitted }) => `/api/v1/submissions/${submitted}/reject`,
    body: comment,
    expect: { anonymous: 401, submitterA: 403, submitterB: 403, reviewer: 200, admin: 200 },
  },
  {
    name: 'list reported problems',
    method: 'GET',
    path: () => '/api/v1/flags',
    expect: { anonymous: 401, submitterA: 403, submitterB: 403, reviewer: 200, admin: 200 },
  },
  {
    name: 'resolve a report',
    method: 'POST',
    path: ({ flag }) => `/api/v1/flags/${flag}/resolve`,
    body: { comment: 'Checked against the source.' },
    expect: { anonymous: 401, submitterA: 403, submitterB: 403, reviewer: 200, admin: 200 },
  },
  {
    name: 'read the audit log',
    method: 'GET',
    path: () => '/api/v1/audit',
    expect: { anonymous: 401, submitterA: 403, submitterB: 403, reviewer: 403, admin: 200 },
  },
];

describe('authorization of every protected route', () => {
  for (const c of CASES)
    for (const actor of Object.keys(c.expect) as Actor[])
      test(`${c.name}: ${actor} → ${c.expect[actor]}`, async () => {
        const ids = { draft: draftOfA(), submitted: submittedOfA(), flag: openFlag() };
        const res = await call(app, sessions[actor] ?? null, c.method, c.path(ids), c.body);
        expect(res.status, await res.clone().text()).toBe(c.expect[actor]);
        if (res.status >= 400) ErrorSchema.parse(await res.json());
      });

  test('a submitter’s list holds only their own agency’s submissions', async () => {
    draftOfA();
    const list = async (actor: Actor) =>
      (
        (await (await call(app, sessions[actor] ?? null, 'GET', '/api/v1/submissions')).json()) as {
          items: { agencyId: string }[];
        }
      ).items;
    expect((await list('submitterA')).every((s) => s.agencyId === AGENCY_A)).toBe(true);
    expect((await list('submitterB')).some((s) => s.agencyId === AGENCY_A)).toBe(false);
    expect((await list('reviewer')).some((s) => s.agencyId === AGENCY_A)).toBe(true);
  });

  test('a submitter cannot put another agency on a record, nor publish it', async () => {
    const res = await call(app, sessions.submitterB ?? null, 'POST', '/api/v1/submissions', {
      record: { ...draftRecord('Not mine'), agencyId: AGENCY_A },
    });
    expect(res.status).toBe(403);
    expect(getAgency(db, AGENCY_A)).toBeDefined();
  });
});
