import type { IndicativeTier } from './indicative-tiers.ts';
import type { Label, Taxonomy } from './labels.ts';
import { RISK_REASONS, type RiskReason, suggestRiskTier } from './risk.ts';
import type { Category, IntendedUser, RiskTier, Sector, Technique, TriState } from './taxonomy.ts';

/**
 * AILA's indicative reading of a record against the Law on AI. No record carries an official
 * classification: providers self-classify under guidance still to be issued, and the list of
 * high-risk systems was a draft (Ministry of Science and Technology, February 2026). The tier
 * is computed from the record's own attributes, always shown as indicative, and kept apart
 * from any tier an agency or a source declares.
 */
export { INDICATIVE_TIERS, type IndicativeTier } from './indicative-tiers.ts';

/** Where a rule's reading comes from: a principle of the draft high-risk list, or the law's own tier text. */
export const INDICATIVE_BASES = {
  draft_principle_1: {
    en: 'Draft high-risk list, principle 1: the output is the basis of, or weighs significantly in, decisions on people’s rights, obligations or lawful interests.',
    vi: 'Dự thảo Danh mục rủi ro cao, nguyên tắc 1: kết quả của hệ thống là căn cứ hoặc yếu tố ảnh hưởng đáng kể đến quyết định về quyền, nghĩa vụ, lợi ích hợp pháp của tổ chức, cá nhân.',
  },
  draft_principle_3: {
    en: 'Draft high-risk list, principle 3: errors or incidents could cause serious, hard-to-remedy harm to individuals, society or the public interest.',
    vi: 'Dự thảo Danh mục rủi ro cao, nguyên tắc 3: sai lệch hoặc sự cố có thể gây hậu quả nghiêm trọng, khó khắc phục đối với cá nhân, xã hội hoặc lợi ích công cộng.',
  },
  draft_principle_4: {
    en: 'Draft high-risk list, principle 4: deployed widely or affecting many people, not isolated cases.',
    vi: 'Dự thảo Danh mục rủi ro cao, nguyên tắc 4: phạm vi triển khai hoặc quy mô ảnh hưởng rộng, không mang tính cá biệt.',
  },
  law_medium_tier: {
    en: 'Law on AI, medium tier: systems that may confuse or mislead people, for example when they are not told they are dealing with AI.',
    vi: 'Luật Trí tuệ nhân tạo, mức rủi ro trung bình: hệ thống có thể gây nhầm lẫn cho người dùng, chẳng hạn khi họ không được thông báo đang tương tác với AI.',
  },
  law_low_tier: {
    en: 'Law on AI, low tier: every system that is neither high nor medium risk.',
    vi: 'Luật Trí tuệ nhân tạo, mức rủi ro thấp: các hệ thống không thuộc mức cao hoặc trung bình.',
  },
  questionnaire: {
    en: 'The answers the agency gave to the questionnaire on the five high-risk criteria.',
    vi: 'Câu trả lời của cơ quan cho bảng hỏi theo năm tiêu chí rủi ro cao.',
  },
} as const satisfies Taxonomy<string>;
export type IndicativeBasis = keyof typeof INDICATIVE_BASES;

/** What a record must say for a rule to fire. Every condition listed must hold. */
interface RuleCondition {
  categories?: readonly Category[];
  sectors?: readonly Sector[];
  techniques?: readonly Technique[];
  /** Some intended user is one of these. */
  servesAny?: readonly IntendedUser[];
  /** Every intended user is one of these (and there is at least one). */
  servesOnly?: readonly IntendedUser[];
  biometricData?: TriState;
}

interface Rule {
  tier: Exclude<IndicativeTier, 'undetermined' | 'not_applicable'>;
  /** Any one of these conditions fires the rule. */
  when: readonly RuleCondition[];
  bases: readonly IndicativeBasis[];
  label: Label;
}

/**
 * The rules, tried in order; the first that fires gives the tier. High before medium before low,
 * so a system that meets a high-risk rule is never read lower because it also talks to the public.
 */
export const INDICATIVE_RULES = {
  biometric_identification: {
    tier: 'high',
    when: [
      { categories: ['facial_recognition'], sectors: ['public_security', 'justice'] },
      { biometricData: 'yes', sectors: ['public_security', 'justice'] },
    ],
    bases: ['draft_principle_1', 'draft_principle_3'],
    label: {
      en: 'Identifies people from their face or other biometrics for security or justice.',
      vi: 'Nhận dạng con người qua khuôn mặt hoặc dữ liệu sinh trắc học khác phục vụ an ninh hoặc tư pháp.',
    },
  },
  police_cameras: {
    tier: 'high',
    when: [{ categories: ['traffic_video'], sectors: ['public_security'] }],
    bases: ['draft_principle_1', 'draft_principle_4'],
    label: {
      en: 'Camera analytics run for public security: detections can lead to action against people, across a wide area.',
      vi: 'Phân tích hình ảnh camera phục vụ an ninh, trật tự: kết quả phát hiện có thể dẫn đến biện pháp xử lý đối với con người, trên phạm vi rộng.',
    },
  },
  clinical_support: {
    tier: 'high',
    when: [{ categories: ['analytics_decision'], sectors: ['health'] }],
    bases: ['draft_principle_3'],
    label: {
      en: 'Supports diagnosis or treatment: an error can cause serious, hard-to-remedy harm to health.',
      vi: 'Hỗ trợ chẩn đoán hoặc điều trị: sai sót có thể gây hậu quả nghiêm trọng, khó khắc phục cho sức khỏe.',
    },
  },
  judicial_support: {
    tier: 'high',
    when: [{ categories: ['analytics_decision'], sectors: ['justice'] }],
    bases: ['draft_principle_1'],
    label: {
      en: 'Supports the handling of court or justice cases: its output can weigh in decisions on people’s rights.',
      vi: 'Hỗ trợ giải quyết vụ việc tư pháp: kết quả có thể ảnh hưởng đến quyết định về quyền của con người.',
    },
  },
  flags_people: {
    tier: 'high',
    when: [{ categories: ['risk_fraud'] }],
    bases: ['draft_principle_1'],
    label: {
      en: 'Flags people or firms for checks on claims, taxes or refunds: the result weighs in decisions on their obligations.',
      vi: 'Đánh dấu cá nhân, doanh nghiệp để kiểm tra hồ sơ thanh toán, thuế hoặc hoàn thuế: kết quả ảnh hưởng đến quyết định về nghĩa vụ của họ.',
    },
  },
  talks_to_public: {
    tier: 'medium',
    when: [
      { categories: ['virtual_assistant', 'speech_translation'], servesAny: ['citizens', 'businesses'] },
      { techniques: ['language_llm'], servesAny: ['citizens', 'businesses'] },
    ],
    bases: ['law_medium_tier'],
    label: {
      en: 'Converses with citizens or businesses: people must be told that they are dealing with AI.',
      vi: 'Giao tiếp với người dân hoặc doanh nghiệp: phải cho người dùng biết họ đang tương tác với AI.',
    },
  },
  staff_tool: {
    tier: 'low',
    when: [
      {
        categories: ['virtual_assistant', 'document_ocr', 'analytics_decision', 'speech_translation', 'forecasting'],
        servesOnly: ['staff'],
      },
    ],
    bases: ['law_low_tier'],
    label: {
      en: 'Used by staff only, and no rule for a higher tier applies.',
      vi: 'Chỉ cán bộ, công chức sử dụng, và không có quy tắc nào cho mức cao hơn áp dụng.',
    },
  },
} as const satisfies Record<string, Rule>;
export type IndicativeRule = keyof typeof INDICATIVE_RULES | 'questionnaire' | 'no_rule' | 'outside_vietnam';

/** The attributes the rules read (a record, or a draft of one). */
export interface IndicativeInput {
  /** Vietnam's law reads only Vietnam's records; absent means Vietnam. */
  country?: string;
  category: string;
  sector: string;
  techniques?: readonly string[];
  intendedUsers?: readonly string[];
  biometricData?: string;
  risk?: { tier?: RiskTier; questionnaire?: Parameters<typeof suggestRiskTier>[0] | null };
}

export interface IndicativeReading {
  tier: IndicativeTier;
  rule: IndicativeRule;
  bases: readonly IndicativeBasis[];
  /** The questionnaire's reasons, when the reading comes from it. */
  reasons: readonly RiskReason[];
  /** Always true: AILA's reading, never an official classification. */
  indicative: true;
}

function holds(c: RuleCondition, r: IndicativeInput): boolean {
  const users = r.intendedUsers ?? [];
  if (c.categories && !(c.categories as readonly string[]).includes(r.category)) return false;
  if (c.sectors && !(c.sectors as readonly string[]).includes(r.sector)) return false;
  if (c.techniques && !c.techniques.some((t) => (r.techniques ?? []).includes(t))) return false;
  if (c.servesAny && !c.servesAny.some((u) => users.includes(u))) return false;
  if (c.servesOnly && (users.length === 0 || !users.every((u) => (c.servesOnly as readonly string[]).includes(u))))
    return false;
  if (c.biometricData && r.biometricData !== c.biometricData) return false;
  return true;
}

/**
 * The indicative tier of a record: from the agency's questionnaire answers when it gave them,
 * otherwise from the first rule its attributes meet; "not enough known" when none does.
 * Pure: the same record always gives the same reading.
 */
export function indicativeRisk(record: IndicativeInput): IndicativeReading {
  if (record.country !== undefined && record.country !== 'VN')
    return { tier: 'not_applicable', rule: 'outside_vietnam', bases: [], reasons: [], indicative: true };
  const answers = record.risk?.questionnaire;
  if (answers) {
    const s = suggestRiskTier(answers);
    return { tier: s.tier, rule: 'questionnaire', bases: ['questionnaire'], reasons: s.reasons, indicative: true };
  }
  for (const [code, rule] of Object.entries(INDICATIVE_RULES) as [keyof typeof INDICATIVE_RULES, Rule][]) {
    if (rule.when.some((c) => holds(c, record)))
      return { tier: rule.tier, rule: code, bases: rule.bases, reasons: [], indicative: true };
  }
  return { tier: 'undetermined', rule: 'no_rule', bases: [], reasons: [], indicative: true };
}

/** The sentence that explains a reading, in both languages. */
export function indicativeRuleLabel(reading: IndicativeReading): Label {
  if (reading.rule === 'questionnaire') {
    const reasons = reading.reasons.map((r) => RISK_REASONS[r]);
    return {
      en: `From the agency’s questionnaire answers: ${reasons.map((r) => r.en).join('; ')}.`,
      vi: `Theo câu trả lời bảng hỏi của cơ quan: ${reasons.map((r) => r.vi).join('; ')}.`,
    };
  }
  if (reading.rule === 'outside_vietnam')
    return {
      en: 'Vietnam’s Law on AI applies to systems in Vietnam; see the register’s own classification instead.',
      vi: 'Luật Trí tuệ nhân tạo của Việt Nam áp dụng cho hệ thống tại Việt Nam; xem phân loại của chính sổ đăng ký.',
    };
  if (reading.rule === 'no_rule')
    return {
      en: 'The record does not say enough for any rule to apply.',
      vi: 'Hồ sơ chưa nêu đủ thông tin để áp dụng quy tắc nào.',
    };
  return INDICATIVE_RULES[reading.rule].label;
}

/** Shown wherever an indicative tier appears. */
export const INDICATIVE_CAVEAT: Label = {
  en: 'Indicative — computed by AILA from this record, not an official classification.',
  vi: 'Mang tính tham khảo — AILA tính từ thông tin của hồ sơ này, không phải phân loại chính thức.',
};
