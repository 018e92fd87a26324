import type { RiskAnswers } from './schemas.ts';
import type { RiskTier } from './taxonomy.ts';

export const RISK_REASONS = {
  severe_rights_impact: {
    en: 'Severe possible impact on people’s rights',
    vi: 'Có thể tác động nghiêm trọng đến quyền của con người',
  },
  severe_safety_impact: {
    en: 'Severe possible impact on safety, security or public welfare',
    vi: 'Có thể tác động nghiêm trọng đến an toàn, an ninh hoặc lợi ích công cộng',
  },
  combined_high_criteria: {
    en: 'Significant impact combined with a sensitive context, high automation or large scale',
    vi: 'Tác động đáng kể kết hợp với bối cảnh nhạy cảm, mức tự động hóa cao hoặc quy mô lớn',
  },
  undisclosed_interaction: {
    en: 'People may not know they are dealing with AI',
    vi: 'Người dùng có thể không biết mình đang tương tác với AI',
  },
  generated_content: {
    en: 'Generates content that people may take as authentic',
    vi: 'Tạo ra nội dung mà người dùng có thể nhầm là thật',
  },
  significant_impact: {
    en: 'Significant possible impact on rights or safety',
    vi: 'Có thể tác động đáng kể đến quyền hoặc sự an toàn',
  },
  moderate_score: {
    en: 'Moderate combined score across the five criteria',
    vi: 'Tổng điểm trung bình theo năm tiêu chí',
  },
  below_thresholds: {
    en: 'Below every threshold for high or medium risk',
    vi: 'Dưới mọi ngưỡng rủi ro cao hoặc trung bình',
  },
} as const;
export type RiskReason = keyof typeof RISK_REASONS;

export interface RiskSuggestion {
  tier: Exclude<RiskTier, 'unclassified'>;
  /** Sum of the five criteria, 0–15. */
  score: number;
  reasons: RiskReason[];
  /** Always true: a suggestion is indicative, never a legal determination. */
  indicative: true;
}

/**
 * Suggests a tier under the Law on AI from the questionnaire. High: a criterion of harm
 * to rights or safety is at its maximum, or a significant harm meets a sensitive sector,
 * high automation or large scale. Medium: transparency risks, a significant harm alone, or a moderate total.
 */
export function suggestRiskTier(answers: RiskAnswers): RiskSuggestion {
  const score = answers.rights + answers.safety + answers.sector + answers.automation + answers.scale;
  const high: RiskReason[] = [];
  if (answers.rights === 3) high.push('severe_rights_impact');
  if (answers.safety === 3) high.push('severe_safety_impact');
  const significantHarm = answers.rights >= 2 || answers.safety >= 2;
  const amplifier = answers.sector >= 2 || answers.automation >= 2 || answers.scale >= 2;
  if (significantHarm && amplifier && score >= 9) high.push('combined_high_criteria');
  if (high.length > 0) return { tier: 'high', score, reasons: high, indicative: true };

  const medium: RiskReason[] = [];
  if (answers.undisclosedInteraction) medium.push('undisclosed_interaction');
  if (answers.generatesContent) medium.push('generated_content');
  if (significantHarm) medium.push('significant_impact');
  if (score >= 6) medium.push('moderate_score');
  if (medium.length > 0) return { tier: 'medium', score, reasons: medium, indicative: true };

  return { tier: 'low', score, reasons: ['below_thresholds'], indicative: true };
}
