import type { Taxonomy } from './labels.ts';

/**
 * The tiers of AILA's indicative reading against the Law on AI (see indicative.ts for the rules).
 * Apart from the rules, so that pages listing the tiers do not load the rules' texts.
 */
export const INDICATIVE_TIERS = {
  high: { en: 'Likely high risk', vi: 'Có khả năng rủi ro cao' },
  medium: { en: 'Likely medium risk', vi: 'Có khả năng rủi ro trung bình' },
  low: { en: 'Likely low risk', vi: 'Có khả năng rủi ro thấp' },
  undetermined: { en: 'Not enough known', vi: 'Chưa đủ thông tin' },
  not_applicable: { en: 'Not applicable (outside Vietnam)', vi: 'Không áp dụng (ngoài Việt Nam)' },
} as const satisfies Taxonomy<string>;
export type IndicativeTier = keyof typeof INDICATIVE_TIERS;
