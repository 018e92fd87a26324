import type { Label, Taxonomy } from './labels.ts';

export const SECTORS = {
  public_administration: { en: 'Public administration', vi: 'Hành chính công' },
  public_security: { en: 'Public security', vi: 'An ninh, trật tự' },
  transport: { en: 'Transport', vi: 'Giao thông vận tải' },
  health: { en: 'Health', vi: 'Y tế' },
  education: { en: 'Education', vi: 'Giáo dục' },
  justice: { en: 'Justice', vi: 'Tư pháp' },
  tax_finance: { en: 'Tax and finance', vi: 'Thuế và tài chính' },
  customs: { en: 'Customs', vi: 'Hải quan' },
  social_insurance: { en: 'Social insurance', vi: 'Bảo hiểm xã hội' },
  environment: { en: 'Environment', vi: 'Môi trường' },
  agriculture: { en: 'Agriculture', vi: 'Nông nghiệp' },
  urban_management: { en: 'Urban management', vi: 'Quản lý đô thị' },
  other: { en: 'Other', vi: 'Khác' },
} as const satisfies Taxonomy<string>;
export type Sector = keyof typeof SECTORS;

export const CATEGORIES = {
  virtual_assistant: { en: 'Virtual assistant / chatbot', vi: 'Trợ lý ảo / chatbot' },
  facial_recognition: {
    en: 'Facial recognition & biometrics',
    vi: 'Nhận diện khuôn mặt & sinh trắc học',
  },
  traffic_video: {
    en: 'Traffic monitoring & video analytics',
    vi: 'Giám sát giao thông & phân tích video',
  },
  document_ocr: { en: 'Document processing & OCR', vi: 'Xử lý văn bản & OCR' },
  analytics_decision: {
    en: 'Analytics & decision support',
    vi: 'Phân tích & hỗ trợ ra quyết định',
  },
  risk_fraud: { en: 'Risk & fraud detection', vi: 'Phát hiện rủi ro & gian lận' },
  speech_translation: { en: 'Speech & translation', vi: 'Giọng nói & dịch thuật' },
  forecasting: { en: 'Forecasting', vi: 'Dự báo' },
  other: { en: 'Other', vi: 'Khác' },
} as const satisfies Taxonomy<string>;
export type Category = keyof typeof CATEGORIES;

export const TECHNIQUES = {
  language_llm: { en: 'Language / LLM', vi: 'Ngôn ngữ / mô hình ngôn ngữ lớn' },
  computer_vision: { en: 'Computer vision', vi: 'Thị giác máy tính' },
  speech: { en: 'Speech', vi: 'Xử lý giọng nói' },
  predictive_analytics: { en: 'Predictive analytics', vi: 'Phân tích dự báo' },
  optimisation: { en: 'Optimisation', vi: 'Tối ưu hóa' },
  other: { en: 'Other', vi: 'Khác' },
} as const satisfies Taxonomy<string>;
export type Technique = keyof typeof TECHNIQUES;

export const STAGES = {
  planned: { en: 'Planned', vi: 'Dự kiến triển khai' },
  pilot: { en: 'Pilot', vi: 'Thí điểm' },
  production: { en: 'In production', vi: 'Đang vận hành' },
  retired: { en: 'Retired', vi: 'Đã ngừng' },
  unknown: { en: 'Unknown', vi: 'Chưa rõ' },
} as const satisfies Taxonomy<string>;
export type Stage = keyof typeof STAGES;

export const BUILDERS = {
  in_house: { en: 'In-house', vi: 'Tự phát triển' },
  vendor: { en: 'Vendor', vi: 'Nhà cung cấp' },
  ppp: { en: 'Public–private partnership', vi: 'Hợp tác công – tư' },
  academic: { en: 'Academic partner', vi: 'Đối tác học thuật' },
  unknown: { en: 'Unknown', vi: 'Chưa rõ' },
} as const satisfies Taxonomy<string>;
export type Builder = keyof typeof BUILDERS;

export const AI_KINDS = {
  public: { en: 'Public AI (shared platform)', vi: 'AI công (nền tảng dùng chung)' },
  private: { en: 'Private AI (own data and knowledge)', vi: 'AI riêng (dữ liệu, tri thức riêng)' },
  unknown: { en: 'Unknown', vi: 'Chưa rõ' },
} as const satisfies Taxonomy<string>;
export type AiKind = keyof typeof AI_KINDS;

export const INTENDED_USERS = {
  staff: { en: 'Staff', vi: 'Cán bộ, công chức' },
  citizens: { en: 'Citizens', vi: 'Người dân' },
  businesses: { en: 'Businesses', vi: 'Doanh nghiệp' },
} as const satisfies Taxonomy<string>;
export type IntendedUser = keyof typeof INTENDED_USERS;

export const FUNDING_SOURCES = {
  state_budget: { en: 'State budget', vi: 'Ngân sách nhà nước' },
  oda: { en: 'ODA / donor', vi: 'ODA / nhà tài trợ' },
  ppp: { en: 'Public–private', vi: 'Hợp tác công – tư' },
  enterprise: { en: 'Enterprise', vi: 'Doanh nghiệp' },
  unknown: { en: 'Unknown', vi: 'Chưa rõ' },
} as const satisfies Taxonomy<string>;
export type FundingSource = keyof typeof FUNDING_SOURCES;

export const TRI_STATE = {
  yes: { en: 'Yes', vi: 'Có' },
  no: { en: 'No', vi: 'Không' },
  unknown: { en: 'Unknown', vi: 'Chưa rõ' },
} as const satisfies Taxonomy<string>;
export type TriState = keyof typeof TRI_STATE;

export const RISK_TIERS = {
  high: { en: 'High risk', vi: 'Rủi ro cao' },
  medium: { en: 'Medium risk', vi: 'Rủi ro trung bình' },
  low: { en: 'Low risk', vi: 'Rủi ro thấp' },
  unclassified: { en: 'Unclassified', vi: 'Chưa phân loại' },
} as const satisfies Taxonomy<string>;
export type RiskTier = keyof typeof RISK_TIERS;

export const AGENCY_LEVELS = {
  central: { en: 'Central', vi: 'Trung ương' },
  provincial: { en: 'Provincial', vi: 'Cấp tỉnh' },
  municipal: { en: 'Municipal', vi: 'Cấp thành phố' },
  district: { en: 'District (before July 2025)', vi: 'Cấp huyện (trước tháng 7/2025)' },
  commune: { en: 'Commune / ward', vi: 'Cấp xã, phường' },
  public_service_unit: { en: 'Public-service unit', vi: 'Đơn vị sự nghiệp công lập' },
  unknown: { en: 'Unknown', vi: 'Chưa rõ' },
} as const satisfies Taxonomy<string>;
export type AgencyLevel = keyof typeof AGENCY_LEVELS;

export const PROVENANCE_KINDS = {
  curated: { en: 'Curated', vi: 'Biên soạn' },
  submitted: { en: 'Submitted by agency', vi: 'Do cơ quan gửi' },
  imported: { en: 'Imported register', vi: 'Nhập từ sổ đăng ký' },
  synthetic: { en: 'Synthetic (benchmarks only)', vi: 'Dữ liệu giả lập (chỉ để đo hiệu năng)' },
} as const satisfies Taxonomy<string>;
export type ProvenanceKind = keyof typeof PROVENANCE_KINDS;

export const SEVERITIES = {
  0: { en: 'None', vi: 'Không' },
  1: { en: 'Minor', vi: 'Nhẹ' },
  2: { en: 'Significant', vi: 'Đáng kể' },
  3: { en: 'Blocking', vi: 'Cản trở nghiêm trọng' },
} as const satisfies Record<number, Label>;
export type Severity = 0 | 1 | 2 | 3;
/** Severity 0: the source (or the answer) says it is not a difficulty — no gap at all. */
export const NO_GAP: Severity = 0;

/** A gap counts as significant from this severity on, in every chart, facet, flow and ranking. */
export const SIGNIFICANT_SEVERITY = 2;

/** What each severity means, anchored in the source's own words: shown wherever severity is chosen or read. */
export const SEVERITY_ANCHORS = {
  0: { en: 'The source says it is not a difficulty.', vi: 'Nguồn cho biết đây không phải là khó khăn.' },
  1: { en: 'Mentioned as a difficulty.', vi: 'Được nhắc đến như một khó khăn.' },
  2: { en: 'Said to slow or limit the system.', vi: 'Được cho là làm chậm hoặc hạn chế hệ thống.' },
  3: { en: 'Said to block the system.', vi: 'Được cho là cản trở hệ thống.' },
} as const satisfies Record<Severity, Label>;

export const GAP_DIMENSIONS = {
  data: {
    label: { en: 'Data', vi: 'Dữ liệu' },
    issues: {
      siloed: { en: 'Scattered / siloed', vi: 'Phân tán, cát cứ' },
      not_interoperable: { en: 'Not interoperable', vi: 'Không liên thông' },
      poor_quality: { en: 'Poor quality', vi: 'Chất lượng thấp' },
      not_open: { en: 'Not open', vi: 'Chưa mở/chưa công khai' },
      privacy_constraints: { en: 'Privacy constraints', vi: 'Ràng buộc về quyền riêng tư' },
    },
  },
  infrastructure: {
    label: { en: 'Infrastructure', vi: 'Hạ tầng' },
    issues: {
      compute: { en: 'Compute', vi: 'Năng lực tính toán' },
      data_centres: { en: 'Data centres', vi: 'Trung tâm dữ liệu' },
      connectivity: { en: 'Connectivity', vi: 'Kết nối mạng' },
      shared_platforms: { en: 'Shared platforms', vi: 'Nền tảng dùng chung' },
    },
  },
  people: {
    label: { en: 'People', vi: 'Nhân lực' },
    issues: {
      few_specialists: { en: 'Too few AI specialists', vi: 'Thiếu chuyên gia AI' },
      low_digital_skills: { en: 'Low staff digital skills', vi: 'Kỹ năng số của cán bộ hạn chế' },
      vendor_dependence: {
        en: 'Dependence on private vendors',
        vi: 'Phụ thuộc nhà cung cấp tư nhân',
      },
      leadership_awareness: { en: 'Leadership awareness', vi: 'Nhận thức của lãnh đạo' },
    },
  },
  finance: {
    label: { en: 'Finance', vi: 'Tài chính' },
    issues: {
      limited_budget: { en: 'Limited state budget', vi: 'Ngân sách nhà nước hạn chế' },
      unsuitable_mechanism: {
        en: 'Unsuitable financial mechanism',
        vi: 'Cơ chế tài chính chưa phù hợp',
      },
      procurement_rules: { en: 'Procurement rules', vi: 'Quy định mua sắm' },
      recurring_cost: { en: 'Recurring cost', vi: 'Chi phí vận hành thường xuyên' },
    },
  },
  policy: {
    label: { en: 'Policy', vi: 'Chính sách' },
    issues: {
      no_legal_basis: { en: 'No legal basis', vi: 'Thiếu cơ sở pháp lý' },
      no_standards: { en: 'No technical standards', vi: 'Thiếu tiêu chuẩn kỹ thuật' },
      no_ethics_guidance: {
        en: 'No ethics / risk guidance',
        vi: 'Thiếu hướng dẫn về đạo đức, rủi ro',
      },
      unclear_accountability: {
        en: 'Unclear accountability',
        vi: 'Trách nhiệm giải trình chưa rõ',
      },
      data_governance_rules: { en: 'Data-governance rules', vi: 'Quy định quản trị dữ liệu' },
    },
  },
} as const satisfies Record<string, { label: Label; issues: Taxonomy<string> }>;
export type GapDimension = keyof typeof GAP_DIMENSIONS;
export type GapIssueCode = {
  [D in GapDimension]: `${D}.${keyof (typeof GAP_DIMENSIONS)[D]['issues'] & string}`;
}[GapDimension];

export const GAP_ISSUES: Readonly<Record<GapIssueCode, Label & { dimension: GapDimension }>> = Object.fromEntries(
  Object.entries(GAP_DIMENSIONS).flatMap(([dimension, def]) =>
    Object.entries(def.issues).map(([issue, label]) => [
      `${dimension}.${issue}`,
      { ...(label as Label), dimension: dimension as GapDimension },
    ]),
  ),
) as Record<GapIssueCode, Label & { dimension: GapDimension }>;

export const ETHICS_PRINCIPLES = {
  safety_reliability: { en: 'Safety and reliability', vi: 'An toàn và tin cậy' },
  human_oversight: {
    en: 'Human oversight and intervention',
    vi: 'Giám sát và can thiệp của con người',
  },
  security: {
    en: 'Security against attack and misuse',
    vi: 'An ninh, chống tấn công và lạm dụng',
  },
  rights_fairness: {
    en: 'Human rights, fairness and non-discrimination',
    vi: 'Quyền con người, công bằng, không phân biệt đối xử',
  },
  privacy: { en: 'Privacy and personal data', vi: 'Quyền riêng tư và dữ liệu cá nhân' },
  vulnerable_groups: {
    en: 'Protecting vulnerable groups from bias',
    vi: 'Chống thiên lệch, bảo vệ nhóm yếu thế',
  },
  transparency: { en: 'Transparency', vi: 'Minh bạch' },
  sustainability: { en: 'Sustainability', vi: 'Phát triển bền vững' },
  social_norms: { en: 'Social and cultural norms', vi: 'Chuẩn mực xã hội và văn hóa' },
  accountability_testing: {
    en: 'Accountability and testing before deployment',
    vi: 'Trách nhiệm giải trình và kiểm thử trước triển khai',
  },
} as const satisfies Taxonomy<string>;
export type EthicsPrinciple = keyof typeof ETHICS_PRINCIPLES;

export const ETHICS_STATUSES = {
  met: { en: 'Met', vi: 'Đáp ứng' },
  partial: { en: 'Partly met', vi: 'Đáp ứng một phần' },
  not_met: { en: 'Not met', vi: 'Chưa đáp ứng' },
  unknown: { en: 'Unknown', vi: 'Chưa rõ' },
} as const satisfies Taxonomy<string>;
export type EthicsStatus = keyof typeof ETHICS_STATUSES;

/** ISO 3166-1 alpha-2 codes of every country and territory. */
const ISO_3166_1 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
    ' ',
  );
const regionName = (locale: string) => {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return (code: string) => names.of(code) ?? code;
};
const [countryEn, countryVi] = [regionName('en'), regionName('vi')];

/** Every country by its ISO 3166-1 code, named in both languages (Vietnam first, as the catalogue's home). */
export const COUNTRIES: Taxonomy<string> = Object.fromEntries(
  ['VN', ...ISO_3166_1.filter((c) => c !== 'VN')].map((code) => [code, { en: countryEn(code), vi: countryVi(code) }]),
);
export type Country = string;
