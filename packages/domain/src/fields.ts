import type { Label, Taxonomy } from './labels.ts';
import { PROVINCE_CODES, PROVINCES_BY_CODE } from './provinces.ts';
import {
  AGENCY_LEVELS,
  AI_KINDS,
  BUILDERS,
  CATEGORIES,
  COUNTRIES,
  FUNDING_SOURCES,
  GAP_DIMENSIONS,
  INTENDED_USERS,
  PROVENANCE_KINDS,
  RISK_TIERS,
  SECTORS,
  STAGES,
  TECHNIQUES,
  TRI_STATE,
} from './taxonomy.ts';

/**
 * How a field is stored, filtered and shown:
 * - `code`: one code from a list (one column); `codes`: several (a column holding a JSON array);
 * - `tri`: yes / no / unknown; `flag`: yes / no, derived from the record (an integer column);
 * - `year`: a year (an integer column), filtered by a range; `text` and `label`: free text
 *   (one language, or English and Vietnamese); `gap`: the gap list; `struct`: other structures.
 */
export type FieldKind = 'code' | 'codes' | 'tri' | 'flag' | 'year' | 'text' | 'label' | 'gap' | 'struct';

/** Where a field's codes come from when they are not a taxonomy. */
export type OpenValues = 'province' | 'agency';

export interface FieldDef {
  readonly key: string;
  /** Dotted path in the record; null when the value comes from the agency. */
  readonly path: string | null;
  readonly kind: FieldKind;
  readonly title: Label;
  readonly help: Label;
  /** Storage column in `deployments` that the catalogue engine reads. */
  readonly column?: string;
  readonly codes?: Taxonomy<string>;
  readonly values?: OpenValues;
  /** The code a stored null stands for (province: "national"). */
  readonly nullCode?: string;
  /** For plain record fields: the value when the record leaves it out; absent means required. */
  readonly default?: string | null | readonly string[];
  /** Declared in the record schema from this entry (a plain field). */
  readonly plain?: boolean;
  readonly filter?: boolean;
  /** Year fields: the two query parameters of the range. */
  readonly range?: readonly [from: string, to: string];
  readonly facet?: 'primary' | 'secondary';
  /** `csv`: a column in CSV exports (and in JSON); `json`: only in JSON exports. */
  readonly export: 'csv' | 'json';
  /** The CSV also carries the code beside the label (provinces, agencies). */
  readonly exportCode?: boolean;
  readonly form?: boolean;
}

const YES_NO = { yes: TRI_STATE.yes, no: TRI_STATE.no } as const satisfies Taxonomy<string>;

const field = <const F extends Omit<FieldDef, 'export'> & { export?: FieldDef['export'] }>(def: F) =>
  ({ export: 'csv', ...def }) as F & { export: FieldDef['export'] };

/**
 * The catalogue's fields, each declared once, in the order of exports and the record page.
 * Filters, facets, the engine's columns, CSV columns, the explorer's panel, the record page
 * and the data dictionary are derived from this list.
 */
export const FIELDS = {
  id: field({
    key: 'id',
    path: 'id',
    kind: 'text',
    title: { en: 'Identifier', vi: 'Mã định danh' },
    help: {
      en: 'Stable identifier of the record; part of its URL.',
      vi: 'Mã định danh ổn định của bản ghi; là một phần của đường dẫn.',
    },
  }),
  title: field({
    key: 'title',
    path: 'title',
    kind: 'label',
    title: { en: 'Title', vi: 'Tên' },
    help: { en: 'Name of the system, in English and Vietnamese.', vi: 'Tên hệ thống, bằng tiếng Anh và tiếng Việt.' },
    form: true,
  }),
  summary: field({
    key: 'summary',
    path: 'summary',
    kind: 'label',
    title: { en: 'Summary', vi: 'Tóm tắt' },
    help: {
      en: 'What the system does, in our own words, in both languages.',
      vi: 'Hệ thống làm gì, do AILA biên soạn, bằng hai ngôn ngữ.',
    },
    form: true,
  }),
  agency: field({
    key: 'agency',
    path: 'agencyId',
    kind: 'code',
    values: 'agency',
    column: 'agency_id',
    title: { en: 'Agency', vi: 'Cơ quan' },
    help: {
      en: 'The public body that runs the system (see agencies).',
      vi: 'Cơ quan nhà nước vận hành hệ thống (xem danh sách cơ quan).',
    },
    filter: true,
    facet: 'secondary',
    exportCode: true,
    form: true,
  }),
  agencyLevel: field({
    key: 'agencyLevel',
    path: null,
    kind: 'code',
    codes: AGENCY_LEVELS,
    column: 'agency_level',
    title: { en: 'Agency level', vi: 'Cấp cơ quan' },
    help: { en: 'Level of government of the agency.', vi: 'Cấp hành chính của cơ quan.' },
    filter: true,
    facet: 'secondary',
  }),
  country: field({
    key: 'country',
    path: 'country',
    kind: 'code',
    codes: COUNTRIES,
    column: 'country',
    plain: true,
    title: { en: 'Country', vi: 'Quốc gia' },
    help: { en: 'Country code (ISO 3166-1 alpha-2).', vi: 'Mã quốc gia (ISO 3166-1 alpha-2).' },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  province: field({
    key: 'province',
    path: 'provinceCode',
    kind: 'code',
    values: 'province',
    nullCode: 'national',
    column: 'province_code',
    title: { en: 'Province', vi: 'Tỉnh, thành' },
    help: {
      en: 'Current provincial unit (one of 34 since 1 July 2025); “national” for a national system.',
      vi: 'Đơn vị hành chính cấp tỉnh hiện hành (một trong 34 từ 1/7/2025); “toàn quốc” nếu là hệ thống toàn quốc.',
    },
    filter: true,
    facet: 'primary',
    exportCode: true,
    form: true,
  }),
  originalPlace: field({
    key: 'originalPlace',
    path: 'originalPlace',
    kind: 'text',
    plain: true,
    default: null,
    title: { en: 'Place named in the source', vi: 'Địa danh theo nguồn' },
    help: {
      en: 'The place as the source named it, e.g. a former province.',
      vi: 'Địa danh như nguồn ghi, ví dụ tên tỉnh cũ.',
    },
    form: true,
  }),
  sector: field({
    key: 'sector',
    path: 'sector',
    kind: 'code',
    codes: SECTORS,
    column: 'sector',
    plain: true,
    title: { en: 'Sector', vi: 'Lĩnh vực' },
    help: { en: 'Main sector of public activity.', vi: 'Lĩnh vực hoạt động chính.' },
    filter: true,
    facet: 'primary',
    form: true,
  }),
  secondarySector: field({
    key: 'secondarySector',
    path: 'secondarySectors',
    kind: 'codes',
    codes: SECTORS,
    column: 'secondary_sectors',
    plain: true,
    default: [],
    title: { en: 'Other sectors', vi: 'Lĩnh vực khác' },
    help: { en: 'Other sectors the system serves.', vi: 'Các lĩnh vực khác hệ thống phục vụ.' },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  category: field({
    key: 'category',
    path: 'category',
    kind: 'code',
    codes: CATEGORIES,
    column: 'category',
    plain: true,
    title: { en: 'Application', vi: 'Loại ứng dụng' },
    help: { en: 'Kind of application.', vi: 'Loại ứng dụng.' },
    filter: true,
    facet: 'primary',
    form: true,
  }),
  technique: field({
    key: 'technique',
    path: 'techniques',
    kind: 'codes',
    codes: TECHNIQUES,
    column: 'techniques',
    plain: true,
    default: [],
    title: { en: 'AI technique', vi: 'Kỹ thuật AI' },
    help: {
      en: 'AI techniques used; empty when the sources do not say.',
      vi: 'Kỹ thuật AI sử dụng; để trống nếu nguồn không nêu.',
    },
    filter: true,
    facet: 'primary',
    form: true,
  }),
  stage: field({
    key: 'stage',
    path: 'stage',
    kind: 'code',
    codes: STAGES,
    column: 'stage',
    plain: true,
    title: { en: 'Stage', vi: 'Giai đoạn' },
    help: { en: 'Lifecycle stage at the latest information.', vi: 'Giai đoạn theo thông tin mới nhất.' },
    filter: true,
    facet: 'primary',
    form: true,
  }),
  yearStarted: field({
    key: 'yearStarted',
    path: 'yearStarted',
    kind: 'year',
    column: 'year_started',
    plain: true,
    default: null,
    range: ['yearFrom', 'yearTo'],
    title: { en: 'Year started', vi: 'Năm bắt đầu' },
    help: { en: 'Year the system started (pilot or launch).', vi: 'Năm hệ thống bắt đầu (thí điểm hoặc ra mắt).' },
    filter: true,
    form: true,
  }),
  yearLatestInfo: field({
    key: 'yearLatestInfo',
    path: 'yearLatestInfo',
    kind: 'year',
    column: 'year_latest_info',
    plain: true,
    default: null,
    range: ['latestFrom', 'latestTo'],
    title: { en: 'Year of latest information', vi: 'Năm của thông tin mới nhất' },
    help: {
      en: 'Year of the latest information about the system.',
      vi: 'Năm của thông tin mới nhất về hệ thống.',
    },
    filter: true,
    form: true,
  }),
  builder: field({
    key: 'builder',
    path: 'builder',
    kind: 'code',
    codes: BUILDERS,
    column: 'builder',
    plain: true,
    default: 'unknown',
    title: { en: 'Built by', vi: 'Đơn vị phát triển' },
    help: {
      en: 'Who built it: in-house, vendor, partnership or academic partner.',
      vi: 'Đơn vị xây dựng: tự phát triển, nhà cung cấp, hợp tác công – tư hoặc đối tác học thuật.',
    },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  vendor: field({
    key: 'vendor',
    path: 'vendor',
    kind: 'text',
    plain: true,
    default: null,
    title: { en: 'Vendor', vi: 'Nhà cung cấp' },
    help: { en: 'Named vendor or partner, as the source gives it.', vi: 'Tên nhà cung cấp hoặc đối tác theo nguồn.' },
    form: true,
  }),
  aiKind: field({
    key: 'aiKind',
    path: 'aiKind',
    kind: 'code',
    codes: AI_KINDS,
    column: 'ai_kind',
    plain: true,
    default: 'unknown',
    title: { en: 'Public or private AI', vi: 'AI công hay AI riêng' },
    help: {
      en: 'Public AI (a shared platform) or private AI (an organisation’s own assistant on its own data).',
      vi: 'AI công (nền tảng dùng chung) hay AI riêng (trợ lý của tổ chức trên dữ liệu riêng).',
    },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  users: field({
    key: 'users',
    path: 'intendedUsers',
    kind: 'codes',
    codes: INTENDED_USERS,
    column: 'intended_users',
    plain: true,
    default: [],
    title: { en: 'Intended users', vi: 'Người sử dụng' },
    help: { en: 'Who uses it: staff, citizens, businesses.', vi: 'Người sử dụng: cán bộ, người dân, doanh nghiệp.' },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  funding: field({
    key: 'funding',
    path: 'funding.source',
    kind: 'code',
    codes: FUNDING_SOURCES,
    column: 'funding_source',
    title: { en: 'Funding', vi: 'Nguồn kinh phí' },
    help: { en: 'Source of funding.', vi: 'Nguồn kinh phí.' },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  fundingAmount: field({
    key: 'fundingAmount',
    path: 'funding.amount',
    kind: 'struct',
    title: { en: 'Funding amount', vi: 'Số kinh phí' },
    help: { en: 'Amount and currency, where published.', vi: 'Số tiền và đơn vị tiền tệ, nếu được công bố.' },
    form: true,
  }),
  personalData: field({
    key: 'personalData',
    path: 'personalData',
    kind: 'tri',
    codes: TRI_STATE,
    column: 'personal_data',
    plain: true,
    default: 'unknown',
    title: { en: 'Personal data', vi: 'Dữ liệu cá nhân' },
    help: { en: 'Whether it processes personal data.', vi: 'Có xử lý dữ liệu cá nhân hay không.' },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  biometricData: field({
    key: 'biometricData',
    path: 'biometricData',
    kind: 'tri',
    codes: TRI_STATE,
    column: 'biometric_data',
    plain: true,
    default: 'unknown',
    title: { en: 'Biometric data', vi: 'Dữ liệu sinh trắc học' },
    help: { en: 'Whether it processes biometric data.', vi: 'Có xử lý dữ liệu sinh trắc học hay không.' },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  riskTier: field({
    key: 'riskTier',
    path: 'risk.tier',
    kind: 'code',
    codes: RISK_TIERS,
    column: 'risk_tier',
    title: { en: 'Risk tier', vi: 'Mức rủi ro' },
    help: {
      en: 'Risk tier under the Law on AI, as the agency or a source states it.',
      vi: 'Mức rủi ro theo Luật Trí tuệ nhân tạo, do cơ quan hoặc nguồn nêu.',
    },
    filter: true,
    facet: 'primary',
    form: true,
  }),
  riskQuestionnaire: field({
    key: 'riskQuestionnaire',
    path: 'risk.questionnaire',
    kind: 'struct',
    export: 'json',
    title: { en: 'Risk questionnaire', vi: 'Bảng hỏi rủi ro' },
    help: {
      en: 'Answers to the questionnaire on the Law on AI’s five high-risk criteria (0–3 each).',
      vi: 'Câu trả lời bảng hỏi theo năm tiêu chí rủi ro cao của Luật Trí tuệ nhân tạo (0–3 mỗi tiêu chí).',
    },
    form: true,
  }),
  impactAssessment: field({
    key: 'impactAssessment',
    path: 'risk.impactAssessmentUrl',
    kind: 'flag',
    codes: YES_NO,
    column: 'has_impact_assessment',
    title: { en: 'Impact assessment published', vi: 'Đã công bố đánh giá tác động' },
    help: {
      en: 'The published impact-assessment report (its URL in exports).',
      vi: 'Báo cáo đánh giá tác động đã công bố (đường dẫn trong tệp xuất).',
    },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  humanOversight: field({
    key: 'humanOversight',
    path: 'humanOversight',
    kind: 'label',
    title: { en: 'Human oversight', vi: 'Giám sát của con người' },
    help: {
      en: 'How a person can review, override or stop the system.',
      vi: 'Cách con người xem xét, điều chỉnh hoặc dừng hệ thống.',
    },
    form: true,
  }),
  assessed: field({
    key: 'assessed',
    path: 'gapsAssessed',
    kind: 'flag',
    codes: YES_NO,
    column: 'gaps_assessed',
    title: { en: 'Gaps assessed', vi: 'Đã đánh giá khoảng trống' },
    help: {
      en: 'Yes once a source-backed gap assessment exists; otherwise the record is “not assessed”.',
      vi: 'Có khi đã có đánh giá khoảng trống dựa trên nguồn; nếu không, bản ghi là “chưa đánh giá”.',
    },
    filter: true,
    facet: 'secondary',
    form: true,
  }),
  gap: field({
    key: 'gap',
    path: 'gaps',
    kind: 'gap',
    title: { en: 'Significant gap (severity ≥ 2)', vi: 'Khoảng trống đáng kể (mức ≥ 2)' },
    help: {
      en: 'Gaps with dimension, issue, severity 0–3, note and source; filter as dimension:minimum-severity (data:2).',
      vi: 'Khoảng trống gồm khía cạnh, vấn đề, mức độ 0–3, ghi chú và nguồn; lọc theo khía-cạnh:mức-tối-thiểu (data:2).',
    },
    filter: true,
    facet: 'primary',
    form: true,
  }),
  ethics: field({
    key: 'ethics',
    path: 'ethics',
    kind: 'struct',
    export: 'json',
    title: { en: 'Ethics self-assessment', vi: 'Tự đánh giá đạo đức' },
    help: {
      en: 'Self-assessment against each principle of the National AI Ethics Framework.',
      vi: 'Tự đánh giá theo từng nguyên tắc của Khung đạo đức AI quốc gia.',
    },
    form: true,
  }),
  sources: field({
    key: 'sources',
    path: 'sources',
    kind: 'struct',
    title: { en: 'Sources', vi: 'Nguồn' },
    help: {
      en: 'Public sources (URL, publisher, date, language); at least one.',
      vi: 'Nguồn công khai (đường dẫn, đơn vị đăng, ngày, ngôn ngữ); ít nhất một nguồn.',
    },
    form: true,
  }),
  origin: field({
    key: 'origin',
    path: 'provenance.kind',
    kind: 'code',
    codes: PROVENANCE_KINDS,
    column: 'provenance',
    title: { en: 'Origin', vi: 'Xuất xứ' },
    help: {
      en: 'Where the record comes from: curated, submitted by an agency, imported, or synthetic (benchmarks only).',
      vi: 'Xuất xứ bản ghi: biên soạn, do cơ quan gửi, nhập từ sổ đăng ký, hoặc giả lập (chỉ để đo hiệu năng).',
    },
    filter: true,
    facet: 'secondary',
  }),
  reviewedOn: field({
    key: 'reviewedOn',
    path: 'reviewedOn',
    kind: 'text',
    title: { en: 'Checked against sources on', vi: 'Ngày đối chiếu nguồn' },
    help: {
      en: 'Date the record was last checked against its sources.',
      vi: 'Ngày bản ghi được đối chiếu lại với nguồn.',
    },
  }),
} as const satisfies Record<string, FieldDef>;

export type FieldKey = keyof typeof FIELDS;
export const FIELD_LIST: readonly FieldDef[] = Object.values(FIELDS);

type Fields = typeof FIELDS;
/** Fields filtered by a list of codes (`sector=health&sector=transport`). */
export type ArrayFilterKey = {
  [K in FieldKey]: Fields[K] extends { filter: true; kind: 'code' | 'codes' | 'tri' | 'flag' | 'gap' } ? K : never;
}[FieldKey];
/** Query parameters of the year ranges. */
export type RangeKey = {
  [K in FieldKey]: Fields[K] extends { range: readonly [infer A, infer B] } ? A | B : never;
}[FieldKey] &
  string;
export type FacetField = {
  [K in FieldKey]: Fields[K] extends { facet: 'primary' | 'secondary' } ? K : never;
}[FieldKey];

const facetsIn = (group: 'primary' | 'secondary') =>
  FIELD_LIST.filter((f) => f.facet === group).map((f) => f.key as FacetField);
/** Facets shown open in the explorer; the rest sit behind "more filters". */
export const PRIMARY_FACETS: readonly FacetField[] = facetsIn('primary');
export const SECONDARY_FACETS: readonly FacetField[] = facetsIn('secondary');
/** Filters that have facet counts, in the order the explorer shows them. */
export const FACET_FIELDS: readonly FacetField[] = [...PRIMARY_FACETS, ...SECONDARY_FACETS];

export const ARRAY_FILTER_KEYS: readonly ArrayFilterKey[] = FIELD_LIST.filter((f) => f.filter && f.kind !== 'year').map(
  (f) => f.key as ArrayFilterKey,
);
export const YEAR_FIELDS: readonly FieldDef[] = FIELD_LIST.filter((f) => f.kind === 'year' && f.range);
export const RANGE_KEYS: readonly RangeKey[] = YEAR_FIELDS.flatMap((f) => f.range ?? []) as RangeKey[];
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

/** A gap counts as significant from this severity on, in every chart, facet, flow and ranking. */
export const SIGNIFICANT_SEVERITY = 2;
const GAP_FILTER = new RegExp(`^(${Object.keys(GAP_DIMENSIONS).join('|')}):[1-3]$`);
const SLUG = /^[a-z0-9][a-z0-9-]{1,99}$/;

/** The codes a field may take, or null when the list is open (agencies). */
export function fieldCodes(f: FieldDef): readonly string[] | null {
  if (f.values === 'province') return ['national', ...PROVINCE_CODES];
  if (f.values === 'agency') return null;
  if (f.kind === 'gap') return Object.keys(GAP_DIMENSIONS).map((d) => `${d}:${SIGNIFICANT_SEVERITY}`);
  return f.codes ? Object.keys(f.codes) : null;
}

const ALLOWED = new Map(
  FIELD_LIST.map((f) => {
    const codes = fieldCodes(f);
    return [f.key, codes && f.kind !== 'gap' ? new Set(codes) : null] as const;
  }),
);

/** Whether a value is allowed for a list filter (the dashboard's URL parsing; the zod schema agrees). */
export function isFilterValue(key: ArrayFilterKey, value: string): boolean {
  const f: FieldDef = FIELDS[key];
  if (f.kind === 'gap') return GAP_FILTER.test(value);
  if (f.values === 'agency') return SLUG.test(value);
  return ALLOWED.get(key)?.has(value) ?? false;
}

/** The bilingual label of one value of a field, where the domain knows it (not agencies). */
export function valueLabel(key: FieldKey, code: string): Label | undefined {
  const f: FieldDef = FIELDS[key];
  if (f.values === 'province')
    return code === 'national' ? { en: 'National', vi: 'Toàn quốc' } : PROVINCES_BY_CODE.get(code)?.name;
  if (f.kind === 'gap') {
    const [dim, sev] = code.split(':');
    const d = GAP_DIMENSIONS[dim as keyof typeof GAP_DIMENSIONS];
    if (!d) return undefined;
    return Number(sev) === SIGNIFICANT_SEVERITY
      ? d.label
      : { en: `${d.label.en} ≥ ${sev}`, vi: `${d.label.vi} ≥ ${sev}` };
  }
  return f.codes?.[code];
}

/** A value in a record by dotted path. */
export function valueAt(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The value of a coded, flag or year field as the engine stores it: a code, codes, 0/1 or a year. */
export function storedValue(f: FieldDef, record: unknown, agency: { level: string }): string | number | null {
  const raw = f.path === null ? agency.level : valueAt(record, f.path);
  switch (f.kind) {
    case 'codes':
      return JSON.stringify([...new Set(Array.isArray(raw) ? raw.map(String) : [])]);
    case 'flag':
      return raw ? 1 : 0;
    case 'year':
      return typeof raw === 'number' ? raw : null;
    default:
      return raw === null || raw === undefined ? null : String(raw);
  }
}

export const SORTS = ['relevance', 'title', 'year', '-year', 'updated'] as const;
export type Sort = (typeof SORTS)[number];
