import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySeed, createUser, getDeployment, openDatabase, readSeedFiles, SEED_DIR } from '@aila/db';
import { type Deployment, ErrorSchema, recordOf } from '@aila/domain';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from './auth/secrets.ts';
import { AGENCY_A, call, createTestApp, ORIGIN, PASSWORD, type Session, signIn } from './testing.ts';

const { app, db } = createTestApp();
let officer: Session;
let reviewer: Session;

beforeAll(async () => {
  officer = await signIn(app, db, 'officer@bachmai.gov.vn', 'submitter', AGENCY_A);
  reviewer = await signIn(app, db, 'reviewer@aila.example', 'reviewer');
});

type Detail = {
  id: string;
  status: string;
  deploymentId: string;
  record: Record<string, unknown>;
  changes: { path: string }[];
  duplicates: { id: string }[];
  comments: { action: string; body: string }[];
};
const send = async (session: Session | null, method: string, path: string, body?: unknown) => {
  const res = await call(app, session, method, path, body);
  return { status: res.status, body: (await res.json()) as Detail & Record<string, unknown> };
};

describe('the submission workflow through the API', () => {
  test('update of a record: draft, incomplete submit, changes requested, resubmit, approve → revision 2', async () => {
    const before = getDeployment(db, 'bach-mai-lung-cancer-ai') as Deployment;
    const total = ((await (await app.request('/api/v1/stats')).json()) as { total: number }).total;
    // The form starts from the latest revision; the officer changes the stage and adds the accountability fields.
    const record = recordOf(before);
    const draft = await send(officer, 'POST', '/api/v1/submissions', {
      deploymentId: before.id,
      record: { ...record, stage: 'pilot', sources: [] },
    });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    expect(draft.body.changes.map((c) => c.path)).toContain('stage');

    const incomplete = await send(officer, 'POST', `/api/v1/submissions/${draft.body.id}/submit`);
    expect(incomplete.status).toBe(400);
    const problems = ErrorSchema.parse(incomplete.body).error.details ?? [];
    expect(problems.map((p) => p.path)).toContain('sources');
    expect(problems.find((p) => p.path === 'sources')?.messages?.vi).toBe('Cần ít nhất 1');

    const fixed = {
      ...record,
      stage: 'pilot',
      legalBasis: { vi: 'Quyết định số 123/QĐ-BM' },
      contactPoint: 'ai@bachmai.gov.vn',
    };
    expect((await send(officer, 'PUT', `/api/v1/submissions/${draft.body.id}`, { record: fixed })).status).toBe(200);
    expect((await send(officer, 'POST', `/api/v1/submissions/${draft.body.id}/submit`)).body.status).toBe('submitted');

    const sentBack = await send(reviewer, 'POST', `/api/v1/submissions/${draft.body.id}/request-changes`, {
      comment: 'Please name the responsible unit.',
    });
    expect(sentBack.body.status).toBe('changes_requested');
    expect(sentBack.body.comments.at(-1)?.body).toBe('Please name the responsible unit.');

    const resent = { ...fixed, responsibleUnit: { en: 'Nuclear Medicine Centre', vi: 'Trung tâm Y học hạt nhân' } };
    await send(officer, 'PUT', `/api/v1/submissions/${draft.body.id}`, { record: resent });
    expect((await send(officer, 'POST', `/api/v1/submissions/${draft.body.id}/submit`)).status).toBe(200);
    const approved = await send(reviewer, 'POST', `/api/v1/submissions/${draft.body.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');

    const published = (await (await app.request(`/api/v1/deployments/${before.id}`)).json()) as Deployment & {
      revisions: { revision: number; origin: string }[];
    };
    expect(published.revision).toBe(2);
    expect(published.stage).toBe('pilot');
    expect(published.provenance.kind).toBe('submitted');
    expect(published.reviewedOn).toBe('2026-06-01');
    expect((published as unknown as { stale: boolean }).stale).toBe(false);
    // Given in Vietnamese only: both languages show it, marked as not translated.
    expect(published.legalBasis).toEqual({ en: 'Quyết định số 123/QĐ-BM', vi: 'Quyết định số 123/QĐ-BM' });
    expect(published.untranslated).toContain('legalBasis.en');
    expect(published.revisions.map((r) => [r.revision, r.origin])).toEqual([
      [2, 'submission'],
      [1, 'seed'],
    ]);
    const history = (await (await app.request(`/api/v1/deployments/${before.id}/revisions`)).json()) as {
      items: { revision: number; changes: { path: string; before: unknown; after: unknown }[] }[];
    };
    expect(history.items[0]?.changes).toContainEqual(
      expect.objectContaining({ path: 'stage', before: 'production', after: 'pilot' }),
    );
    const pilots = (await (await app.request('/api/v1/deployments?stage=pilot&q=lung&pageSize=100')).json()) as {
      items: { id: string }[];
    };
    expect(pilots.items.map((d) => d.id)).toContain(before.id);
    expect(((await (await app.request('/api/v1/stats')).json()) as { total: number }).total).toBe(total);
    const csv = await (await app.request('/api/v1/deployments/export?format=csv&q=lung')).text();
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.Identifier === before.id)?.['Legal basis']).toBe('Quyết định số 123/QĐ-BM');
  });

  test('a new record with a proposed agency: both are published on approval', async () => {
    const record = {
      title: { vi: 'Trợ lý ảo khoa Hô hấp' },
      summary: { vi: 'Trả lời câu hỏi của người bệnh về lịch khám.' },
      country: 'VN',
      provinceCode: 'VN23',
      sector: 'health',
      category: 'virtual_assistant',
      stage: 'pilot',
      sources: [{ url: 'https://example.org/ho-hap' }],
    };
    const proposedAgency = {
      name: { vi: 'Khoa Hô hấp, Bệnh viện Bạch Mai' },
      level: 'public_service_unit',
      parentId: AGENCY_A,
    };
    const draft = await send(officer, 'POST', '/api/v1/submissions', { record, proposedAgency });
    expect(draft.status).toBe(201);
    expect(draft.body.record.agencyId).toBe('khoa-ho-hap-benh-vien-bach-mai');
    expect((await send(officer, 'POST', `/api/v1/submissions/${draft.body.id}/submit`)).status).toBe(200);
    expect((await send(reviewer, 'POST', `/api/v1/submissions/${draft.body.id}/approve`, {})).status).toBe(200);
    const published = getDeployment(db, draft.body.deploymentId);
    expect(published?.agency.name).toEqual({
      en: 'Khoa Hô hấp, Bệnh viện Bạch Mai',
      vi: 'Khoa Hô hấp, Bệnh viện Bạch Mai',
    });
    expect(published?.title.en).toBe('Trợ lý ảo khoa Hô hấp');
    expect(published?.untranslated).toEqual(['summary.en', 'title.en']);
    const found = (await (await app.request('/api/v1/deployments?q=tro%20ly%20ao%20ho%20hap')).json()) as {
      items: { id: string }[];
    };
    expect(found.items.map((d) => d.id)).toContain(draft.body.deploymentId);
  });

  test('a draft similar to a published record of the same agency lists it as a possible duplicate', async () => {
    const draft = await send(officer, 'POST', '/api/v1/submissions', {
      record: { title: { en: 'AI for lung cancer screening', vi: 'AI sàng lọc ung thư phổi' }, agencyId: AGENCY_A },
    });
    expect(draft.body.duplicates.map((d) => d.id)).toContain('bach-mai-lung-cancer-ai');
  });

  test('approving over a newer revision is a 409 with the changes, never a silent overwrite', async () => {
    const base = getDeployment(db, 'bach-mai-fpt-smart-hospital') as Deployment;
    const record = recordOf(base);
    const first = await send(officer, 'POST', '/api/v1/submissions', {
      deploymentId: base.id,
      record: { ...record, stage: 'retired' },
    });
    const second = await send(officer, 'POST', '/api/v1/submissions', {
      deploymentId: base.id,
      record: { ...record, yearLatestInfo: 2026 },
    });
    for (const s of [first, second]) await send(officer, 'POST', `/api/v1/submissions/${s.body.id}/submit`);
    expect((await send(reviewer, 'POST', `/api/v1/submissions/${first.body.id}/approve`, {})).status).toBe(200);
    const conflict = await send(reviewer, 'POST', `/api/v1/submissions/${second.body.id}/approve`, {});
    expect(conflict.status).toBe(409);
    const error = ErrorSchema.parse(conflict.body).error;
    expect(error.changes).toContainEqual(expect.objectContaining({ path: 'stage', after: 'retired' }));
    expect(getDeployment(db, base.id)?.stage).toBe('retired');
    expect(getDeployment(db, base.id)?.yearLatestInfo).toBe(base.yearLatestInfo);
  });
});

describe('protection of writes', () => {
  test('a write with the session cookie but without the CSRF token, or from another site, is refused', async () => {
    const body = JSON.stringify({ record: { title: { en: 'x' } } });
    const noToken = await app.request('/api/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: officer.cookie },
      body,
    });
    expect(noToken.status).toBe(403);
    const otherSite = await app.request('/api/v1/submissions', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
        Cookie: officer.cookie,
        'X-CSRF-Token': officer.csrf,
      },
      body,
    });
    expect(otherSite.status).toBe(403);
    expect((await call(app, officer, 'POST', '/api/v1/submissions', { record: { title: { en: 'x' } } })).status).toBe(
      201,
    );
  });

  test('the session cookie is HttpOnly and SameSite=Lax; secrets are stored hashed', async () => {
    const res = await app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ email: 'officer@bachmai.gov.vn', password: PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = cookie.split(';')[0]?.split('=')[1] ?? '';
    const stored = db.prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[];
    expect(stored.some((s) => s.token_hash === token)).toBe(false);
    const hash = (
      db.prepare('SELECT password_hash FROM users WHERE email = ?').get('officer@bachmai.gov.vn') as {
        password_hash: string;
      }
    ).password_hash;
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(PASSWORD);
  });

  test('a personal API token submits without a cookie or CSRF token; a wrong token is a 401', async () => {
    const { createApiToken } = await import('@aila/db');
    const { randomSecret, sha256 } = await import('./auth/secrets.ts');
    const token = randomSecret('aila_');
    createApiToken(
      db,
      { userId: officer.user.id, tokenHash: sha256(token) },
      { actor: 'test', now: '2026-06-01T00:00:00.000Z' },
    );
    const post = (bearer: string) =>
      app.request('/api/v1/submissions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ record: { title: { en: 'Machine submission' } } }),
      });
    expect((await post(token)).status).toBe(201);
    expect((await post(`${token}x`)).status).toBe(401);
  });

  test('sign-in is rate-limited: 429 with Retry-After', async () => {
    const limited = createTestApp({ limits: { loginPerQuarterHour: 3 } });
    createUser(
      limited.db,
      { email: 'x@aila.example', role: 'reviewer', passwordHash: await hashPassword(PASSWORD) },
      { actor: 't', now: 'n' },
    );
    const attempt = () =>
      limited.app.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
        body: JSON.stringify({ email: 'x@aila.example', password: 'wrong password' }),
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const last = await attempt();
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ErrorSchema.parse(await last.json()).error.code).toBe('rate_limited');
  });

  test('anyone can report a problem; the record shows it until a reviewer resolves it', async () => {
    const report = await call(app, null, 'POST', '/api/v1/deployments/bach-mai-lung-cancer-ai/flags', {
      message: 'The hospital says the system started in 2023, not 2022.',
    });
    expect(report.status).toBe(201);
    const flag = (await report.json()) as { id: number };
    const open = async () =>
      ((await (await app.request('/api/v1/deployments/bach-mai-lung-cancer-ai')).json()) as { openFlags: number })
        .openFlags;
    expect(await open()).toBe(1);
    expect(
      (await call(app, reviewer, 'POST', `/api/v1/flags/${flag.id}/resolve`, { comment: 'Corrected.' })).status,
    ).toBe(200);
    expect(await open()).toBe(0);
    expect(
      (await call(app, null, 'POST', '/api/v1/deployments/bach-mai-lung-cancer-ai/flags', { message: 'short' })).status,
    ).toBe(400);
  });

  test('every state change is in the audit log, which cannot be altered', async () => {
    const admin = await signIn(app, db, 'admin@aila.example', 'admin');
    const log = (await (await call(app, admin, 'GET', '/api/v1/audit?limit=500')).json()) as {
      items: { action: string; entity: string }[];
    };
    const actions = new Set(log.items.map((e) => `${e.entity}:${e.action}`));
    for (const a of [
      'submission:create',
      'submission:submit',
      'submission:approve',
      'submission:request_changes',
      'deployment:publish',
      'agency:create',
      'user:create',
      'user:login',
      'deployment:report',
      'flag:resolve',
    ])
      expect(actions, a).toContain(a);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    const csv = await (await call(app, admin, 'GET', '/api/v1/audit?format=csv')).text();
    expect((parse(csv, { bom: true, columns: true }) as unknown[]).length).toBeGreaterThan(10);
  });
});

describe('durability', () => {
  test('a submission acknowledged with 2xx survives kill -9 of the server right after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aila-kill-'));
    const path = join(dir, 'aila.sqlite');
    const setup = openDatabase(path);
    applySeed(setup, readSeedFiles(SEED_DIR), '2026-01-01T00:00:00.000Z');
    createUser(
      setup,
      { email: 'k@bachmai.gov.vn', role: 'submitter', agencyId: AGENCY_A, passwordHash: await hashPassword(PASSWORD) },
      { actor: 't', now: 'n' },
    );
    setup.close();
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>AILA</title>');
    const server = join(dirname(fileURLToPath(import.meta.url)), 'server.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', server], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: path, WEB_DIST: join(dir, 'web') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('server did not start')), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          const match = String(chunk).match(/localhost:(\d+)/);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
      });
      const base = `http://127.0.0.1:${port}`;
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: base },
        body: JSON.stringify({ email: 'k@bachmai.gov.vn', password: PASSWORD }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const res = await fetch(`${base}/api/v1/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: base, Cookie: cookie, 'X-CSRF-Token': csrfToken },
        body: JSON.stringify({ record: { title: { en: 'Survives a crash' } } }),
      });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const after = openDatabase(path);
      expect(after.prepare('SELECT status FROM submissions WHERE id = ?').get(id)).toEqual({ status: 'draft' });
      after.close();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
