import { READINESS_MIN_GROUP } from './aggregates.ts';
import type { Instrument, ReadinessAnswers } from './instrument.ts';

/** One agency's answers in one round, as stored. */
export interface StoredResponse {
  agencyId: string;
  /** A stable stand-in for the agency in public files. */
  pseudonym: string;
  published: boolean;
  round: string;
  instrumentVersion: number;
  level: string;
  sector: string | null;
  province: string | null;
  answers: ReadinessAnswers;
}

export const MICRODATA_COLUMNS = [
  'respondent',
  'published',
  'round',
  'instrument_version',
  'agency_level',
  'sector',
  'province',
  'section',
  'question',
  'value',
] as const;
export type MicrodataRow = Record<(typeof MICRODATA_COLUMNS)[number], string>;

/** Replaces a value held by fewer than `minGroup` respondents. */
export const SUPPRESSED = 'suppressed';

/** A respondent id for one round, from the agency's secret pseudonym (64-bit FNV-1a): rounds cannot be linked. */
function roundPseudonym(pseudonym: string, round: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const ch of `${pseudonym}:${round}`) {
    hash ^= BigInt(ch.codePointAt(0) ?? 0);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `r${hash.toString(16).padStart(16, '0')}`;
}

/**
 * Anonymised microdata: one row per answered question. Notes and evidence links are never in it
 * (a published profile shows neither). An agency that has not published its profile appears
 * under a pseudonym of its own for each round, without province or free text, and only in rounds
 * where at least `minGroup` such agencies answered; its level and sector are kept only where at
 * least `minGroup` of them share the level, the sector and the two together.
 */
export function readinessMicrodata(
  responses: readonly StoredResponse[],
  instruments: ReadonlyMap<number, Instrument>,
  minGroup = READINESS_MIN_GROUP,
): MicrodataRow[] {
  const hidden = (round: string) => responses.filter((r) => !r.published && r.round === round);
  const rows: MicrodataRow[] = [];
  const ordered = [...responses].sort(
    (a, b) => a.round.localeCompare(b.round) || a.pseudonym.localeCompare(b.pseudonym),
  );
  for (const r of ordered) {
    const instrument = instruments.get(r.instrumentVersion);
    if (!instrument) continue;
    const open = r.published;
    const peers = open ? [] : hidden(r.round);
    if (!open && peers.length < minGroup) continue;
    const share = (test: (o: StoredResponse) => boolean) => peers.filter(test).length >= minGroup;
    const levelShown = open || share((o) => o.level === r.level);
    const sectorShown =
      open || (share((o) => o.sector === r.sector) && share((o) => o.sector === r.sector && o.level === r.level));
    const level = r.level === null ? '' : levelShown ? r.level : SUPPRESSED;
    const sector = r.sector === null ? '' : sectorShown && (open || levelShown) ? r.sector : SUPPRESSED;
    const respondent = open ? r.agencyId : roundPseudonym(r.pseudonym, r.round);
    for (const section of instrument.sections)
      for (const q of section.questions) {
        const answer = r.answers[q.id];
        if (!answer || answer.value === undefined) continue;
        if (typeof answer.value === 'string' && answer.value.trim() === '') continue;
        // Free text can name people or places: it is published only with the profile.
        const value =
          answer.value === null ? 'unknown' : q.kind === 'text' && !open ? 'answered' : String(answer.value);
        rows.push({
          respondent,
          published: open ? 'true' : 'false',
          round: r.round,
          instrument_version: String(r.instrumentVersion),
          agency_level: level,
          sector,
          province: open ? (r.province ?? '') : '',
          section: section.id,
          question: q.id,
          value: q.kind === 'sector' && !open ? sector : value,
        });
      }
  }
  return rows;
}

/** The instrument as a table: one row per question, with its anchors and the gap issues it informs. */
export const INSTRUMENT_COLUMNS = [
  'instrument_version',
  'section',
  'question',
  'kind',
  'text_en',
  'text_vi',
  'informs',
  'level_0_en',
  'level_1_en',
  'level_2_en',
  'level_3_en',
  'level_0_vi',
  'level_1_vi',
  'level_2_vi',
  'level_3_vi',
] as const;
export type InstrumentRow = Record<(typeof INSTRUMENT_COLUMNS)[number], string>;

export function instrumentRows(version: number, instrument: Instrument): InstrumentRow[] {
  return instrument.sections.flatMap((section) =>
    section.questions.map((q) => {
      const anchor = (level: number, lang: 'en' | 'vi') =>
        q.kind === 'scale' ? (q.anchors[level]?.label[lang] ?? '') : '';
      return {
        instrument_version: String(version),
        section: section.id,
        question: q.id,
        kind: q.kind,
        text_en: q.text.en,
        text_vi: q.text.vi,
        informs: q.informs.join(' '),
        level_0_en: anchor(0, 'en'),
        level_1_en: anchor(1, 'en'),
        level_2_en: anchor(2, 'en'),
        level_3_en: anchor(3, 'en'),
        level_0_vi: anchor(0, 'vi'),
        level_1_vi: anchor(1, 'vi'),
        level_2_vi: anchor(2, 'vi'),
        level_3_vi: anchor(3, 'vi'),
      };
    }),
  );
}

/** The Frictionless Data Package descriptor of the readiness export. */
export function readinessDataPackage(options: { created: string; instrumentVersions: number[] }) {
  const field = (name: string, type = 'string', description?: string) => ({
    name,
    type,
    ...(description ? { description } : {}),
  });
  return {
    profile: 'tabular-data-package',
    name: 'aila-agency-readiness',
    title: 'AILA agency AI readiness: anonymised answers and the instrument',
    created: options.created,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    resources: [
      {
        name: 'answers',
        path: 'answers.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description:
          'One row per answered question, without notes or evidence links. Agencies that have not published their profile appear under a pseudonym that changes every round, without province or free text, only in rounds where at least 3 of them answered; their level and sector are "suppressed" where fewer than 3 of them share the level, the sector, or both together.',
        schema: {
          fields: [
            field('respondent', 'string', 'The agency id if published, else a stable pseudonym'),
            field('published', 'boolean'),
            field('round', 'string', 'The survey round (year)'),
            field('instrument_version', 'integer', 'The instrument version the answer was given under'),
            field('agency_level'),
            field('sector'),
            field('province', 'string', 'Only for published profiles'),
            field('section'),
            field('question'),
            field('value', 'string', 'A level 0–3, "unknown", a code, or "answered" for withheld free text'),
          ],
          primaryKey: ['respondent', 'round', 'question'],
        },
      },
      {
        name: 'instrument',
        path: 'instrument.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description: `The questions of every instrument version answered (${options.instrumentVersions.join(', ') || 'none yet'}), with their anchored levels and the gap issues they inform.`,
        schema: {
          fields: INSTRUMENT_COLUMNS.map((c) => field(c, c === 'instrument_version' ? 'integer' : 'string')),
          primaryKey: ['instrument_version', 'question'],
        },
      },
    ],
  };
}
