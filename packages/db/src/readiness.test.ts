import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Instrument, readinessMicrodata, scaleQuestions } from '@aila/domain';
import { afterAll, describe, expect, test } from 'vitest';
import { listAudit } from './audit.ts';
import { openDatabase } from './connection.ts';
import { createUser, type User } from './people.ts';
import {
  applyInstrument,
  currentInstrument,
  instrumentsByVersion,
  listResponses,
  loadInstrument,
  parseInstrument,
  ReadinessError,
  readinessRows,
  readResponse,
  saveResponse,
  setPublished,
  storedResponses,
} from './readiness.ts';
import { openSeededMemoryDb, READINESS_DIR } from './testing.ts';

const NOW = '2026-03-01T00:00:00.000Z';
const db = openSeededMemoryDb();
const user = (email: string, role: User['role'], agencyId: string | null = null) =>
  createUser(db, { email, role, agencyId, passwordHash: 'x' }, { actor: 'test', now: NOW });
const officerA = user('a@a.gov.vn', 'submitter', 'bach-mai-hospital');
const officerB = user('b@b.gov.vn', 'submitter', 'hai-phong-department-of-science-and-technology');
const reviewer = user('r@aila.example', 'reviewer');
const instrument = () => {
  const current = currentInstrument(db);
  if (!current) throw new Error('no instrument');
  return current;
};
const allAt = (level: number) =>
  Object.fromEntries(scaleQuestions(instrument().instrument).map((q) => [q.id, { value: level }]));
const A = { agencyId: 'bach-mai-hospital', round: '2026' };

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the instrument', () => {
  test('is loaded once per content: the same file adds no version, a change adds one', () => {
    expect(instrument().version).toBe(1);
    expect(loadInstrument(db, READINESS_DIR, NOW)).toEqual({ version: 1, changed: false });
  });

  test('a bad file is refused with the path of each problem', () => {
    expect(() => parseInstrument('instrument-v9.json', '{"id": "x"}')).toThrow(/instrument-v9.json refused: .*edition/);
    expect(() => parseInstrument('instrument-v9.json', '{')).toThrow(/not valid JSON/);
  });
});

describe('answers', () => {
  test('an agency’s officer saves answers; the agency and reviewers read them, nobody else does', () => {
    const saved = saveResponse(
      db,
      A,
      { answers: { 'data.quality': { value: 1, note: 'Duplicates in records' } } },
      officerA,
      NOW,
    );
    expect(saved).toMatchObject({ instrumentVersion: 1, complete: false, published: false });
    expect(readResponse(db, A.agencyId, A.round, officerA)?.full).toBe(true);
    expect(readResponse(db, A.agencyId, A.round, reviewer)?.response.answers['data.quality']?.note).toBe(
      'Duplicates in records',
    );
    expect(readResponse(db, A.agencyId, A.round, officerB)).toBeUndefined();
    expect(readResponse(db, A.agencyId, A.round, null)).toBeUndefined();
    expect(listResponses(db, officerB)).toEqual([]);
    expect(listResponses(db, reviewer).map((r) => r.agencyId)).toEqual([A.agencyId]);
  });

  test('another agency’s officer and reviewers cannot write them', () => {
    expect(() => saveResponse(db, A, { answers: {} }, officerB, NOW)).toThrow(ReadinessError);
    try {
      saveResponse(db, A, { answers: {} }, officerB, NOW);
    } catch (error) {
      expect((error as ReadinessError).kind).toBe('not_found');
    }
    expect(() => saveResponse(db, A, { answers: {} }, reviewer, NOW)).toThrow(/own officers/);
  });

  test('invalid answers are refused with their paths in both languages', () => {
    try {
      saveResponse(db, A, { answers: { 'data.quality': { value: 7 } } }, officerA, NOW);
      expect.unreachable();
    } catch (error) {
      const problems = (error as ReadinessError).problems;
      expect(problems.map((p) => p.path)).toEqual(['answers.data.quality.value']);
      expect(problems[0]?.messages.vi).toContain('Chọn mức');
    }
  });

  test('a profile is published only when complete, and then shows without notes to anyone', () => {
    expect(() => setPublished(db, A, true, officerA, NOW)).toThrow(/every readiness question/);
    saveResponse(
      db,
      A,
      { answers: { ...allAt(1), 'data.quality': { value: 1, note: 'private note' } } },
      officerA,
      NOW,
    );
    setPublished(db, A, true, officerA, NOW);
    const seen = readResponse(db, A.agencyId, A.round, null);
    expect(seen?.full).toBe(false);
    expect(seen?.response.answers['data.quality']).toEqual({ value: 1 });
    const actions = listAudit(db, { entity: 'readiness', limit: 10 }).map((e) => e.action);
    expect(actions).toEqual(['publish', 'save', 'create']);
  });

  test('answers keep their version when the instrument changes, and move to the new one only when saved under it', () => {
    const changed = structuredClone(instrument().instrument) as Instrument;
    changed.edition = '2026.2';
    expect(applyInstrument(db, changed, NOW)).toEqual({ version: 2, changed: true });
    expect(readResponse(db, A.agencyId, A.round, officerA)?.response.instrumentVersion).toBe(1);
    // Saving without a version keeps the old one; version 1 is still accepted for these answers.
    expect(saveResponse(db, A, { answers: allAt(2) }, officerA, NOW).instrumentVersion).toBe(1);
    expect(saveResponse(db, A, { instrumentVersion: 2, answers: allAt(2) }, officerA, NOW).instrumentVersion).toBe(2);
    expect(() => saveResponse(db, A, { instrumentVersion: 1, answers: allAt(2) }, officerA, NOW)).toThrow(/version 2/);
    // A new agency starts under the current version.
    const B = { agencyId: 'hai-phong-department-of-science-and-technology', round: '2026' };
    expect(saveResponse(db, B, { answers: allAt(3) }, officerB, NOW).instrumentVersion).toBe(2);
    expect([...instrumentsByVersion(db).keys()].sort()).toEqual([1, 2]);
  });

  test('aggregates read complete answers scored under their own version; the microdata hides unpublished agencies', () => {
    const rows = readinessRows(db);
    expect(rows.map((r) => [r.agencyId, r.scores.data, r.published])).toEqual([
      ['bach-mai-hospital', (100 * 2) / 3, true],
      ['hai-phong-department-of-science-and-technology', 100, false],
    ]);
    const micro = readinessMicrodata(storedResponses(db), instrumentsByVersion(db));
    const respondents = new Set(micro.map((r) => r.respondent));
    expect(respondents.has('bach-mai-hospital')).toBe(true);
    expect(respondents.has('hai-phong-department-of-science-and-technology')).toBe(false);
    // A single unpublished agency in the round: none of its answers leave the database.
    expect(micro.filter((r) => r.published === 'false')).toEqual([]);
    expect(micro.every((r) => !('note' in r) && !('evidence_url' in r))).toBe(true);
    const three = storedResponses(db).flatMap((r) =>
      r.published
        ? []
        : ['x', 'y', 'z'].map((k) => ({ ...r, agencyId: `${r.agencyId}-${k}`, pseudonym: `${r.pseudonym}${k}` })),
    );
    const hidden = readinessMicrodata(three, instrumentsByVersion(db)).filter((r) => r.published === 'false');
    expect(hidden.length).toBe(3 * scaleQuestions(instrument().instrument).length);
    expect(hidden.every((r) => /^r[0-9a-f]{16}$/.test(r.respondent) && r.province === '')).toBe(true);
    // Three of a level: the level is kept; a pseudonym is new in every round.
    expect(hidden[0]?.agency_level).toBe(three[0]?.level);
    const nextRound = readinessMicrodata(
      three.map((r) => ({ ...r, round: '2027' })),
      instrumentsByVersion(db),
    );
    expect(nextRound.some((r) => r.respondent === hidden[0]?.respondent)).toBe(false);
  });
});

describe('a database file', () => {
  test('keeps the answers and their version across a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aila-readiness-'));
    dirs.push(dir);
    const path = join(dir, 'aila.sqlite');
    const first = openDatabase(path);
    first
      .prepare(
        "INSERT INTO agencies (id, name_en, name_vi, level, country) VALUES ('x-agency', 'X', 'X', 'central', 'VN')",
      )
      .run();
    const officer = createUser(
      first,
      { email: 'x@x.gov.vn', role: 'submitter', agencyId: 'x-agency', passwordHash: 'x' },
      { actor: 't', now: NOW },
    );
    loadInstrument(first, READINESS_DIR, NOW);
    saveResponse(
      first,
      { agencyId: 'x-agency', round: '2026' },
      { answers: { 'people.skills': { value: 2 } } },
      officer,
      NOW,
    );
    first.close();
    const second = openDatabase(path);
    expect(loadInstrument(second, READINESS_DIR, NOW)).toEqual({ version: 1, changed: false });
    expect(readResponse(second, 'x-agency', '2026', officer)?.response.answers).toEqual({
      'people.skills': { value: 2 },
    });
    second.close();
  });
});
