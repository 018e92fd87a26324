import {
  codesOf,
  DeploymentInputSchema,
  ETHICS_PRINCIPLES,
  type EthicsPrinciple,
  FIELD_LIST,
  FIELDS,
  type FieldDef,
  type Label,
  ProposedAgencySchema,
  proposedAgencyId,
  type SubmissionInput,
  valueAt,
} from '@aila/domain';

/** A text in both languages as two inputs hold it ('' where not given). */
export interface LabelDraft {
  en: string;
  vi: string;
}
export interface GapDraft {
  dimension: string;
  issue: string;
  /** '0'–'3' as the radio buttons hold it. */
  severity: string;
  note: LabelDraft;
  /** What the source says. */
  evidence: string;
  source: string;
}
export interface SourceDraft {
  url: string;
  title: string;
  publisher: string;
  publishedOn: string;
  language: string;
}
export const RISK_CRITERIA = ['rights', 'safety', 'sector', 'automation', 'scale'] as const;
export type RiskCriterion = (typeof RISK_CRITERIA)[number];
export type QuestionnaireDraft = Record<RiskCriterion, string> & {
  undisclosedInteraction: boolean;
  generatesContent: boolean;
};
export interface EthicsDraft {
  status: string;
  evidence: string;
}

/**
 * The record as the form's inputs hold it. Plain fields of the registry (codes, texts, years,
 * bilingual texts) are kept at their record path; structures have their own shape.
 */
export interface RecordDraft {
  title: LabelDraft;
  summary: LabelDraft;
  humanOversight: LabelDraft;
  legalBasis: LabelDraft;
  responsibleUnit: LabelDraft;
  redress: LabelDraft;
  agencyId: string;
  funding: { source: string; amount: { value: string; currency: string } };
  risk: { tier: string; questionnaire: QuestionnaireDraft; impactAssessmentUrl: string };
  gapsAssessed: boolean;
  gaps: GapDraft[];
  ethics: Record<EthicsPrinciple, EthicsDraft>;
  sources: SourceDraft[];
}
export interface AgencyDraft {
  propose: boolean;
  name: LabelDraft;
  level: string;
  parentId: string;
  provinceCode: string;
  website: string;
}
export interface FormValues {
  record: RecordDraft;
  proposedAgency: AgencyDraft;
  /** Values of the record the form does not ask for (evidence for values): kept as they are. */
  carried: Record<string, unknown>;
}

/** What the form edits besides the values: the record it updates, if any. */
export interface Target {
  deploymentId?: string | undefined;
  baseRevision?: number | undefined;
}

/** Registry fields the form shows with inputs of their own (structures, the agency, flags holding a URL). */
const SPECIAL = new Set<FieldDef>([
  FIELDS.agency,
  FIELDS.fundingAmount,
  FIELDS.riskQuestionnaire,
  FIELDS.impactAssessment,
  FIELDS.assessed,
  FIELDS.gap,
  FIELDS.ethics,
  FIELDS.sources,
]);
/** Plain form fields: one value at one path, of a kind the generic inputs know. */
export const PLAIN_FORM_FIELDS: readonly FieldDef[] = FIELD_LIST.filter((f) => f.form && f.path && !SPECIAL.has(f));

const shape = DeploymentInputSchema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
/** Record fields that may be null (left empty); the others are required on submission. */
const nullable = (path: string) => shape[path]?.safeParse(null).success ?? false;

const PRINCIPLES = codesOf(ETHICS_PRINCIPLES);
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const labelDraft = (v: unknown): LabelDraft => {
  const l = (v ?? {}) as Partial<Label>;
  return { en: text(l.en), vi: text(l.vi) };
};

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

function plainDraft(f: FieldDef, v: unknown, untranslated: ReadonlySet<string>): unknown {
  switch (f.kind) {
    case 'label': {
      const l = labelDraft(v);
      // A text copied from the other language is left for a translator to fill in.
      return {
        en: untranslated.has(`${f.path}.en`) ? '' : l.en,
        vi: untranslated.has(`${f.path}.vi`) ? '' : l.vi,
      };
    }
    case 'codes':
      return Array.isArray(v) ? v.map(String) : [...((f.default as readonly string[] | undefined) ?? [])];
    case 'year':
    case 'text':
      return text(v);
    default:
      return v === null ? (f.nullCode ?? '') : text(v ?? f.default);
  }
}

/** A text in the languages given, or nothing when neither is. */
function labelValue(l: LabelDraft): Partial<Label> | undefined {
  const en = l.en.trim();
  const vi = l.vi.trim();
  if (!en && !vi) return undefined;
  return { ...(en ? { en } : {}), ...(vi ? { vi } : {}) };
}

function plainValue(f: FieldDef, v: unknown): unknown {
  const path = f.path as string;
  switch (f.kind) {
    case 'label':
      return labelValue(v as LabelDraft) ?? (nullable(path) ? null : undefined);
    case 'codes':
      return v;
    case 'year':
      return text(v).trim() === '' ? null : Number(v);
    case 'text':
      return text(v).trim() || null;
    default:
      if (f.nullCode !== undefined && v === f.nullCode) return null;
      return text(v) || undefined;
  }
}

const emptyLabel = (): LabelDraft => ({ en: '', vi: '' });
export const emptySource = (): SourceDraft => ({ url: '', title: '', publisher: '', publishedOn: '', language: '' });
export const emptyGap = (dimension: string): GapDraft => ({
  dimension,
  issue: '',
  severity: '',
  note: emptyLabel(),
  evidence: '',
  source: '',
});

/** What the API sets on a submitted record itself; a new revision starts without it. */
const SET_BY_API = new Set(['id', 'untranslated', 'provenance', 'reviewedOn']);
/** Record keys the form edits (the roots of its fields' paths and its structures). */
const EDITED = new Set([
  ...PLAIN_FORM_FIELDS.map((f) => (f.path as string).split('.')[0] as string),
  ...[...SPECIAL].flatMap((f) => (f.path ? [f.path.split('.')[0] as string] : [])),
]);
/** Record values the form neither edits nor leaves to the API, kept from the revision it starts from. */
const carriedOf = (record: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(record).filter(([key]) => key in shape && !EDITED.has(key) && !SET_BY_API.has(key)),
  );

/** What a new record starts with. */
export const NEW_RECORD: Readonly<Record<string, unknown>> = {
  country: 'VN',
  funding: { source: 'unknown', amount: null },
  risk: { tier: 'unclassified', questionnaire: null, impactAssessmentUrl: null },
};

/** The form's values for a record (a published revision, a saved draft, or a new record). */
export function draftOf(record: Record<string, unknown>, proposed?: Proposed | null): FormValues {
  const untranslated = new Set(Array.isArray(record.untranslated) ? record.untranslated.map(String) : []);
  const draft: Record<string, unknown> = {};
  for (const f of PLAIN_FORM_FIELDS)
    setAt(draft, f.path as string, plainDraft(f, valueAt(record, f.path as string), untranslated));
  const risk = (record.risk ?? {}) as { questionnaire?: Record<string, unknown> | null; impactAssessmentUrl?: unknown };
  const answers = risk.questionnaire ?? {};
  const amount = valueAt(record, 'funding.amount') as { value?: number; currency?: string } | null | undefined;
  const ethics = (record.ethics ?? {}) as Record<string, { status?: string; evidence?: string } | undefined>;
  setAt(draft, 'funding.amount', { value: text(amount?.value), currency: amount?.currency ?? 'VND' });
  setAt(draft, 'risk.questionnaire', {
    ...Object.fromEntries(RISK_CRITERIA.map((c) => [c, text(answers[c])])),
    undisclosedInteraction: answers.undisclosedInteraction === true,
    generatesContent: answers.generatesContent === true,
  });
  setAt(draft, 'risk.impactAssessmentUrl', text(risk.impactAssessmentUrl));
  draft.agencyId = text(record.agencyId);
  draft.gapsAssessed = record.gapsAssessed === true;
  draft.gaps = (Array.isArray(record.gaps) ? record.gaps : []).map((g: Record<string, unknown>) => ({
    dimension: text(g.dimension),
    issue: text(g.issue),
    severity: text(g.severity),
    note: labelDraft(g.note),
    evidence: text(g.evidence),
    source: text(g.source),
  }));
  draft.ethics = Object.fromEntries(
    PRINCIPLES.map((p) => [p, { status: ethics[p]?.status ?? 'unknown', evidence: text(ethics[p]?.evidence) }]),
  );
  const sources = (Array.isArray(record.sources) ? record.sources : []) as Record<string, unknown>[];
  draft.sources = sources.length
    ? sources.map((s) => ({
        url: text(s.url),
        title: text(s.title),
        publisher: text(s.publisher),
        publishedOn: text(s.publishedOn),
        language: text(s.language),
      }))
    : [emptySource()];
  return {
    record: draft as unknown as RecordDraft,
    proposedAgency: {
      propose: Boolean(proposed),
      name: labelDraft(proposed?.name),
      level: proposed?.level ?? '',
      parentId: proposed?.parentId ?? '',
      provinceCode: proposed?.provinceCode ?? '',
      website: proposed?.website ?? '',
    },
    carried: carriedOf(record),
  };
}

type Proposed = NonNullable<SubmissionInput['proposedAgency']>;

const compact = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined)) as Partial<T>;

/**
 * The agency proposed with the entry. A draft carries it once it is well formed (the API
 * refuses a malformed one); for sending, it is kept as typed so that each problem is named.
 */
function proposal(agency: AgencyDraft, mode: 'draft' | 'submit'): Proposed | null {
  if (!agency.propose) return null;
  const proposed = {
    name: labelValue(agency.name) ?? {},
    level: agency.level as Proposed['level'],
    parentId: agency.parentId || null,
    provinceCode: (agency.provinceCode || null) as Proposed['provinceCode'],
    website: agency.website.trim() || null,
  };
  return mode === 'submit' || ProposedAgencySchema.safeParse(proposed).success ? proposed : null;
}

/** What the API is sent: the record as far as it is filled in, and the agency proposed with it. */
export function toInput(values: FormValues, target: Target = {}, mode: 'draft' | 'submit' = 'draft'): SubmissionInput {
  const d = values.record;
  const record: Record<string, unknown> = { ...values.carried };
  for (const f of PLAIN_FORM_FIELDS) {
    const value = plainValue(f, valueAt(d, f.path as string));
    if (value !== undefined) setAt(record, f.path as string, value);
  }
  const amount = d.funding.amount;
  setAt(
    record,
    'funding.amount',
    amount.value.trim() === '' ? null : { value: Number(amount.value), currency: amount.currency.trim().toUpperCase() },
  );
  const q = d.risk.questionnaire;
  const answered = RISK_CRITERIA.filter((c) => q[c] !== '');
  setAt(
    record,
    'risk.questionnaire',
    answered.length === 0 && !q.undisclosedInteraction && !q.generatesContent
      ? null
      : {
          ...Object.fromEntries(answered.map((c) => [c, Number(q[c])])),
          undisclosedInteraction: q.undisclosedInteraction,
          generatesContent: q.generatesContent,
        },
  );
  setAt(record, 'risk.impactAssessmentUrl', d.risk.impactAssessmentUrl.trim() || null);
  const proposed = proposal(values.proposedAgency, mode);
  const agencyId = proposed ? proposedAgencyId(values.proposedAgency.name) : d.agencyId;
  if (agencyId) record.agencyId = agencyId;
  record.gapsAssessed = d.gapsAssessed;
  record.gaps = d.gaps.map((g) => {
    return compact({
      dimension: g.dimension,
      issue: g.issue,
      severity: g.severity === '' ? undefined : Number(g.severity),
      note: labelValue(g.note),
      evidence: g.evidence.trim(),
      source: g.source.trim(),
    });
  });
  record.ethics = Object.fromEntries(
    Object.entries(d.ethics)
      .filter(([, e]) => e.status !== 'unknown' || e.evidence.trim())
      .map(([p, e]) => [p, compact({ status: e.status, evidence: e.evidence.trim() })]),
  );
  record.sources = d.sources
    .map((s) => compact({ ...s, url: s.url.trim(), title: s.title.trim(), publisher: s.publisher.trim() }))
    .filter((s) => Object.keys(s).length > 0);
  return {
    ...(target.deploymentId ? { deploymentId: target.deploymentId } : {}),
    ...(target.baseRevision ? { baseRevision: target.baseRevision } : {}),
    record,
    proposedAgency: proposed,
  };
}
