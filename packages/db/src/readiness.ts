import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AgencyReadinessRow,
  type AgencySystem,
  answeredSector,
  type Instrument,
  InstrumentSchema,
  isComplete,
  type Problem,
  type ReadinessAnswers,
  type ReadinessInput,
  type StoredResponse,
  scoreReadiness,
  toReadinessRow,
  type VersionedInstrument,
  validateAnswers,
} from '@aila/domain';
import { audit } from './audit.ts';
import type { Db } from './connection.ts';
import type { User } from './people.ts';

export class ReadinessError extends Error {
  constructor(
    readonly kind: 'not_found' | 'forbidden' | 'conflict' | 'validation',
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ReadinessError';
  }
}

// ---- The instrument ---------------------------------------------------------------------------

/** The newest instrument file of a directory (`instrument-v<N>.json`, highest N). */
export function readInstrumentFile(dir: string): { file: string; text: string } {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^instrument-v\d+\.json$/.test(f))
        .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))
    : [];
  const file = files.at(-1);
  if (!file) throw new ReadinessError('not_found', `no instrument-v<N>.json in ${dir}`);
  return { file, text: readFileSync(join(dir, file), 'utf8') };
}

/** Parses and validates an instrument file; every problem is named with its path. */
export function parseInstrument(file: string, text: string): Instrument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ReadinessError('validation', `${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = InstrumentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    messages: { en: i.message, vi: i.message },
  }));
  throw new ReadinessError(
    'validation',
    `${file} refused: ${problems
      .slice(0, 20)
      .map((p) => `${p.path || '(instrument)'}: ${p.message}`)
      .join('; ')}`,
    problems,
  );
}

interface InstrumentRow {
  version: number;
  hash: string;
  document: string;
}
const toVersioned = (r: InstrumentRow): VersionedInstrument => ({
  version: r.version,
  hash: r.hash,
  instrument: JSON.parse(r.document) as Instrument,
});

/**
 * Stores the instrument as a new version when its content differs from the current one; the
 * versions before it stay, with the answers given under them. Answers the current version.
 */
export function applyInstrument(db: Db, instrument: Instrument, now: string): { version: number; changed: boolean } {
  const document = JSON.stringify(instrument);
  const hash = createHash('sha256').update(document).digest('hex');
  return db
    .transaction(() => {
      const current = db
        .prepare('SELECT version, hash FROM readiness_instruments ORDER BY version DESC LIMIT 1')
        .get() as { version: number; hash: string } | undefined;
      if (current?.hash === hash) return { version: current.version, changed: false };
      const version = (current?.version ?? 0) + 1;
      db.prepare('INSERT INTO readiness_instruments (version, hash, document, loaded_at) VALUES (?, ?, ?, ?)').run(
        version,
        hash,
        document,
        now,
      );
      return { version, changed: true };
    })
    .immediate();
}

/** Loads the newest instrument file of the directory, as a new version if it changed. */
export function loadInstrument(db: Db, dir: string, now: string): { version: number; changed: boolean } {
  const { file, text } = readInstrumentFile(dir);
  return applyInstrument(db, parseInstrument(file, text), now);
}

export function currentInstrument(db: Db): VersionedInstrument | undefined {
  const row = db.prepare('SELECT * FROM readiness_instruments ORDER BY version DESC LIMIT 1').get() as
    | InstrumentRow
    | undefined;
  return row ? toVersioned(row) : undefined;
}

export function getInstrument(db: Db, version: number): VersionedInstrument | undefined {
  const row = db.prepare('SELECT * FROM readiness_instruments WHERE version = ?').get(version) as
    | InstrumentRow
    | undefined;
  return row ? toVersioned(row) : undefined;
}

export function instrumentsByVersion(db: Db): Map<number, Instrument> {
  const rows = db.prepare('SELECT * FROM readiness_instruments').all() as InstrumentRow[];
  return new Map(rows.map((r) => [r.version, toVersioned(r).instrument]));
}

function requireCurrent(db: Db): VersionedInstrument {
  const current = currentInstrument(db);
  if (!current) throw new ReadinessError('not_found', 'The readiness questionnaire has not been loaded.');
  return current;
}

// ---- Answers ----------------------------------------------------------------------------------

export interface ReadinessResponse {
  id: string;
  agencyId: string;
  round: string;
  instrumentVersion: number;
  answers: ReadinessAnswers;
  complete: boolean;
  published: boolean;
  createdAt: string;
  updatedAt: string;
}

interface ResponseRow {
  id: string;
  agency_id: string;
  round: string;
  instrument_version: number;
  answers: string;
  complete: number;
  published: number;
  created_at: string;
  updated_at: string;
}

const toResponse = (r: ResponseRow): ReadinessResponse => ({
  id: r.id,
  agencyId: r.agency_id,
  round: r.round,
  instrumentVersion: r.instrument_version,
  answers: JSON.parse(r.answers) as ReadinessAnswers,
  complete: r.complete === 1,
  published: r.published === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Reviewers and admins read every agency's answers; a submitter only their own agency's. */
export const mayReadReadiness = (user: User | null, agencyId: string): boolean =>
  Boolean(user && (user.role !== 'submitter' || user.agencyId === agencyId));

/** Only the agency's own submitters (and admins) answer for it. */
export const mayAnswerReadiness = (user: User, agencyId: string): boolean =>
  user.role === 'admin' || (user.role === 'submitter' && user.agencyId === agencyId);

function findResponse(db: Db, agencyId: string, round: string): ReadinessResponse | undefined {
  const row = db.prepare('SELECT * FROM readiness_responses WHERE agency_id = ? AND round = ?').get(agencyId, round) as
    | ResponseRow
    | undefined;
  return row ? toResponse(row) : undefined;
}

/** An agency's rounds, newest first. */
export function agencyResponses(db: Db, agencyId: string): ReadinessResponse[] {
  return (
    db
      .prepare('SELECT * FROM readiness_responses WHERE agency_id = ? ORDER BY round DESC')
      .all(agencyId) as ResponseRow[]
  ).map(toResponse);
}

/**
 * An agency's answers in a round as the user may see them: in full for the agency and reviewers;
 * for anyone else only a published profile, without notes and evidence links. Not found otherwise,
 * so that nobody learns whether another agency has answered.
 */
export function readResponse(
  db: Db,
  agencyId: string,
  round: string,
  user: User | null,
): { response: ReadinessResponse; full: boolean } | undefined {
  const response = findResponse(db, agencyId, round);
  if (!response) return undefined;
  if (mayReadReadiness(user, agencyId)) return { response, full: true };
  if (!response.published) return undefined;
  const answers = Object.fromEntries(
    Object.entries(response.answers).map(([id, a]) => [id, a.value === undefined ? {} : { value: a.value }]),
  );
  return { response: { ...response, answers }, full: false };
}

function pseudonymOf(db: Db, agencyId: string): string {
  const found = db.prepare('SELECT pseudonym FROM readiness_pseudonyms WHERE agency_id = ?').get(agencyId) as
    | { pseudonym: string }
    | undefined;
  if (found) return found.pseudonym;
  const pseudonym = `R-${randomBytes(5).toString('hex').toUpperCase()}`;
  db.prepare('INSERT INTO readiness_pseudonyms (agency_id, pseudonym) VALUES (?, ?)').run(agencyId, pseudonym);
  return pseudonym;
}

/**
 * Saves an agency's answers for a round (creating them on the first save). The answers keep the
 * version they were given under; a save may move them to the current version, never to another.
 */
export function saveResponse(
  db: Db,
  target: { agencyId: string; round: string },
  input: ReadinessInput,
  user: User,
  now: string,
): ReadinessResponse {
  return db
    .transaction(() => {
      if (!db.prepare('SELECT 1 FROM agencies WHERE id = ?').get(target.agencyId))
        throw new ReadinessError('not_found', `No agency with id "${target.agencyId}".`);
      if (!mayAnswerReadiness(user, target.agencyId)) {
        if (mayReadReadiness(user, target.agencyId))
          throw new ReadinessError('forbidden', 'Only the agency’s own officers answer for it.');
        throw new ReadinessError('not_found', `No agency with id "${target.agencyId}".`);
      }
      const current = requireCurrent(db);
      const existing = findResponse(db, target.agencyId, target.round);
      const version = input.instrumentVersion ?? existing?.instrumentVersion ?? current.version;
      if (version !== current.version && version !== existing?.instrumentVersion)
        throw new ReadinessError(
          'conflict',
          `Answers can be given under version ${existing?.instrumentVersion ?? current.version}${
            existing && existing.instrumentVersion !== current.version
              ? ` or the current version ${current.version}`
              : ''
          }, not ${version}.`,
        );
      const instrument = version === current.version ? current.instrument : getInstrument(db, version)?.instrument;
      if (!instrument) throw new ReadinessError('not_found', `No questionnaire version ${version}.`);
      const problems = validateAnswers(instrument, input.answers);
      if (problems.length > 0)
        throw new ReadinessError(
          'validation',
          `Invalid value for ${problems.map((p) => p.path).join(', ')}.`,
          problems,
        );
      const complete = isComplete(instrument, input.answers) ? 1 : 0;
      const answers = JSON.stringify(input.answers);
      pseudonymOf(db, target.agencyId);
      const summary = {
        round: target.round,
        instrumentVersion: version,
        answered: Object.keys(input.answers).length,
        complete: complete === 1,
      };
      if (existing) {
        db.prepare(
          `UPDATE readiness_responses SET instrument_version = ?, answers = ?, complete = ?, updated_at = ?, updated_by = ?
           WHERE id = ?`,
        ).run(version, answers, complete, now, user.id, existing.id);
        audit(db, {
          at: now,
          actor: user.id,
          action: existing.instrumentVersion === version ? 'save' : 'upgrade',
          entity: 'readiness',
          entityId: existing.id,
          before: {
            round: existing.round,
            instrumentVersion: existing.instrumentVersion,
            answered: Object.keys(existing.answers).length,
            complete: existing.complete,
          },
          after: summary,
        });
        return toResponse(db.prepare('SELECT * FROM readiness_responses WHERE id = ?').get(existing.id) as ResponseRow);
      }
      const id = randomUUID();
      db.prepare(
        `INSERT INTO readiness_responses (id, agency_id, round, instrument_version, answers, complete, published, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
      ).run(id, target.agencyId, target.round, version, answers, complete, now, now, user.id);
      audit(db, { at: now, actor: user.id, action: 'create', entity: 'readiness', entityId: id, after: summary });
      return toResponse(db.prepare('SELECT * FROM readiness_responses WHERE id = ?').get(id) as ResponseRow);
    })
    .immediate();
}

/** The agency chooses to publish its profile for a round, or withdraws it. */
export function setPublished(
  db: Db,
  target: { agencyId: string; round: string },
  published: boolean,
  user: User,
  now: string,
): ReadinessResponse {
  return db
    .transaction(() => {
      const existing = findResponse(db, target.agencyId, target.round);
      if (!existing || !mayReadReadiness(user, target.agencyId))
        throw new ReadinessError('not_found', 'This agency has no answers in this round.');
      // Publishing is the agency's own choice: not even an admin makes it for them.
      if (!(user.role === 'submitter' && user.agencyId === target.agencyId))
        throw new ReadinessError('forbidden', 'Only the agency’s own officers publish its profile.');
      if (published && !existing.complete)
        throw new ReadinessError('validation', 'Answer every readiness question before publishing the profile.', [
          {
            path: 'published',
            message: 'Answer every readiness question before publishing the profile.',
            messages: {
              en: 'Answer every readiness question before publishing the profile.',
              vi: 'Hãy trả lời tất cả câu hỏi về mức độ sẵn sàng trước khi công bố hồ sơ.',
            },
          },
        ]);
      db.prepare('UPDATE readiness_responses SET published = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
        published ? 1 : 0,
        now,
        user.id,
        existing.id,
      );
      audit(db, {
        at: now,
        actor: user.id,
        action: published ? 'publish' : 'unpublish',
        entity: 'readiness',
        entityId: existing.id,
        before: { published: existing.published },
        after: { published },
      });
      return { ...existing, published, updatedAt: now };
    })
    .immediate();
}

export interface ReadinessSummary {
  agencyId: string;
  agencyName: { en: string; vi: string };
  round: string;
  instrumentVersion: number;
  complete: boolean;
  published: boolean;
  updatedAt: string;
}

/** Every agency's rounds for reviewers; a submitter's own agency's only. */
export function listResponses(db: Db, user: User): ReadinessSummary[] {
  const own = user.role === 'submitter';
  const rows = db
    .prepare(
      `SELECT r.agency_id, a.name_en, a.name_vi, r.round, r.instrument_version, r.complete, r.published, r.updated_at
       FROM readiness_responses r JOIN agencies a ON a.id = r.agency_id
       ${own ? 'WHERE r.agency_id = ?' : ''} ORDER BY r.round DESC, a.name_en COLLATE NOCASE`,
    )
    .all(...(own ? [user.agencyId] : [])) as {
    agency_id: string;
    name_en: string;
    name_vi: string;
    round: string;
    instrument_version: number;
    complete: number;
    published: number;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    agencyId: r.agency_id,
    agencyName: { en: r.name_en, vi: r.name_vi },
    round: r.round,
    instrumentVersion: r.instrument_version,
    complete: r.complete === 1,
    published: r.published === 1,
    updatedAt: r.updated_at,
  }));
}

interface CompleteRow extends ResponseRow {
  level: string;
  province_code: string | null;
  pseudonym: string;
}

function completeRows(db: Db): CompleteRow[] {
  return db
    .prepare(
      `SELECT r.*, a.level, a.province_code, p.pseudonym FROM readiness_responses r
       JOIN agencies a ON a.id = r.agency_id JOIN readiness_pseudonyms p ON p.agency_id = r.agency_id
       WHERE r.complete = 1 ORDER BY r.round, r.agency_id`,
    )
    .all() as CompleteRow[];
}

/** Every complete answer set scored under its own version: the input of every aggregate. */
export function readinessRows(db: Db): (AgencyReadinessRow & { published: boolean })[] {
  const instruments = instrumentsByVersion(db);
  return completeRows(db).flatMap((r) => {
    const instrument = instruments.get(r.instrument_version);
    if (!instrument) return [];
    const answers = JSON.parse(r.answers) as ReadinessAnswers;
    return [
      {
        ...toReadinessRow(
          {
            agencyId: r.agency_id,
            round: r.round,
            level: r.level,
            sector: answeredSector(instrument, answers),
            province: r.province_code,
          },
          scoreReadiness(instrument, answers),
        ),
        published: r.published === 1,
      },
    ];
  });
}

/** Complete answers as stored, with each agency's pseudonym: the input of the microdata export. */
export function storedResponses(db: Db): StoredResponse[] {
  const instruments = instrumentsByVersion(db);
  return completeRows(db).map((r) => {
    const answers = JSON.parse(r.answers) as ReadinessAnswers;
    const instrument = instruments.get(r.instrument_version);
    return {
      agencyId: r.agency_id,
      pseudonym: r.pseudonym,
      published: r.published === 1,
      round: r.round,
      instrumentVersion: r.instrument_version,
      level: r.level,
      sector: instrument ? answeredSector(instrument, answers) : null,
      province: r.province_code,
      answers,
    };
  });
}

/** The agency's published, non-synthetic systems, with their stage and declared risk tier. */
export function agencySystems(db: Db, agencyId: string): AgencySystem[] {
  const rows = db
    .prepare(
      `SELECT id, title_en, title_vi, stage, risk_tier, indicative_tier FROM deployments
       WHERE agency_id = ? AND status = 'published' AND provenance <> 'synthetic' ORDER BY id`,
    )
    .all(agencyId) as {
    id: string;
    title_en: string;
    title_vi: string;
    stage: string;
    risk_tier: string;
    indicative_tier: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: { en: r.title_en, vi: r.title_vi },
    stage: r.stage as AgencySystem['stage'],
    riskTier: r.risk_tier as AgencySystem['riskTier'],
    indicativeTier: (r.indicative_tier || undefined) as AgencySystem['indicativeTier'],
  }));
}

/** Agencies in the register (the N of "n of N answered"). */
export function countAgencies(db: Db): number {
  // The questionnaire is Vietnam's: agencies imported from other countries' registers are not counted.
  return (db.prepare("SELECT COUNT(*) AS n FROM agencies WHERE country = 'VN'").get() as { n: number }).n;
}
