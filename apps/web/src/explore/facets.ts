import {
  AGENCY_LEVELS,
  AI_KINDS,
  BUILDERS,
  CATEGORIES,
  COUNTRIES,
  FACET_FIELDS,
  type FacetField,
  FUNDING_SOURCES,
  GAP_DIMENSIONS,
  INTENDED_USERS,
  type Label,
  PROVENANCE_KINDS,
  PROVINCES_BY_CODE,
  RISK_TIERS,
  SECTORS,
  STAGES,
  type Taxonomy,
  TECHNIQUES,
  TRI_STATE,
} from '@aila/domain';

const YES_NO: Taxonomy<'yes' | 'no'> = { yes: TRI_STATE.yes, no: TRI_STATE.no };
const from =
  (taxonomy: Readonly<Record<string, Label>>) =>
  (code: string): Label | undefined =>
    taxonomy[code];

/** Title and value labels of every facet, in both languages. */
export const FACETS: Record<
  FacetField,
  { title: Label; label: (code: string, agencies: Map<string, Label>) => Label | undefined }
> = {
  sector: { title: { en: 'Sector', vi: 'Lĩnh vực' }, label: from(SECTORS) },
  category: { title: { en: 'Application', vi: 'Loại ứng dụng' }, label: from(CATEGORIES) },
  stage: { title: { en: 'Stage', vi: 'Giai đoạn' }, label: from(STAGES) },
  province: {
    title: { en: 'Province', vi: 'Tỉnh, thành' },
    label: (c) => (c === 'national' ? { en: 'National', vi: 'Toàn quốc' } : PROVINCES_BY_CODE.get(c)?.name),
  },
  technique: { title: { en: 'AI technique', vi: 'Kỹ thuật AI' }, label: from(TECHNIQUES) },
  riskTier: { title: { en: 'Risk tier', vi: 'Mức rủi ro' }, label: from(RISK_TIERS) },
  gap: {
    title: { en: 'Significant gap (severity ≥ 2)', vi: 'Khoảng trống đáng kể (mức ≥ 2)' },
    label: (c) => {
      const [dim, sev] = c.split(':');
      const d = GAP_DIMENSIONS[dim as keyof typeof GAP_DIMENSIONS];
      if (!d) return undefined;
      return sev === '2' ? d.label : { en: `${d.label.en} ≥ ${sev}`, vi: `${d.label.vi} ≥ ${sev}` };
    },
  },
  agencyLevel: { title: { en: 'Agency level', vi: 'Cấp cơ quan' }, label: from(AGENCY_LEVELS) },
  agency: { title: { en: 'Agency', vi: 'Cơ quan' }, label: (c, agencies) => agencies.get(c) },
  builder: { title: { en: 'Built by', vi: 'Đơn vị phát triển' }, label: from(BUILDERS) },
  aiKind: { title: { en: 'Public or private AI', vi: 'AI công hay AI riêng' }, label: from(AI_KINDS) },
  users: { title: { en: 'Intended users', vi: 'Người sử dụng' }, label: from(INTENDED_USERS) },
  funding: { title: { en: 'Funding', vi: 'Nguồn kinh phí' }, label: from(FUNDING_SOURCES) },
  personalData: { title: { en: 'Personal data', vi: 'Dữ liệu cá nhân' }, label: from(TRI_STATE) },
  biometricData: { title: { en: 'Biometric data', vi: 'Dữ liệu sinh trắc học' }, label: from(TRI_STATE) },
  impactAssessment: {
    title: { en: 'Impact assessment published', vi: 'Đã công bố đánh giá tác động' },
    label: from(YES_NO),
  },
  assessed: { title: { en: 'Gaps assessed', vi: 'Đã đánh giá khoảng trống' }, label: from(YES_NO) },
  origin: { title: { en: 'Origin', vi: 'Xuất xứ' }, label: from(PROVENANCE_KINDS) },
  country: { title: { en: 'Country', vi: 'Quốc gia' }, label: from(COUNTRIES) },
};

/** Facets shown open; the rest sit behind "more filters". */
export const PRIMARY_FACETS: FacetField[] = ['sector', 'category', 'stage', 'province', 'technique', 'riskTier', 'gap'];
export const SECONDARY_FACETS: FacetField[] = FACET_FIELDS.filter((f) => !PRIMARY_FACETS.includes(f));
