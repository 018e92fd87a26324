import { FIELDS } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import type { DeploymentDetail } from '../api/client.ts';
import { DETAIL_FIELDS, fieldValue } from './record-fields.ts';

const record = {
  id: 'court-judges-assistant',
  agencyId: 'supreme-court',
  agency: {
    id: 'supreme-court',
    name: { en: 'Supreme People’s Court', vi: 'Tòa án nhân dân tối cao' },
    level: 'central',
  },
  provinceCode: null,
  country: 'VN',
  sector: 'justice',
  secondarySectors: [],
  techniques: ['language_llm', 'speech'],
  yearStarted: 2024,
  yearLatestInfo: null,
  vendor: null,
  personalData: 'yes',
  funding: { source: 'state_budget', amount: { value: 1000, currency: 'USD' } },
  risk: { tier: 'high', questionnaire: null, impactAssessmentUrl: 'https://example.org/dpia.pdf' },
  humanOversight: { en: 'A judge reviews every draft.', vi: 'Thẩm phán xem lại mọi bản nháp.' },
  stale: true,
} as unknown as DeploymentDetail;

describe('the record page’s details', () => {
  test('come from the registry, without the fields shown in their own sections', () => {
    const keys = DETAIL_FIELDS.map((f) => f.key);
    expect(keys).toContain('secondarySector');
    expect(keys).toContain('yearLatestInfo');
    expect(keys).not.toContain('gap');
    expect(keys).not.toContain('title');
    expect(keys).not.toContain('untranslated');
    expect(keys).not.toContain('fieldEvidence');
  });

  test('show each kind of field', () => {
    expect(fieldValue(FIELDS.agency, record)).toEqual({ kind: 'labels', labels: [record.agency.name] });
    expect(fieldValue(FIELDS.agencyLevel, record)).toMatchObject({ kind: 'labels' });
    expect(fieldValue(FIELDS.province, record)).toEqual({
      kind: 'labels',
      labels: [{ en: 'National', vi: 'Toàn quốc' }],
    });
    expect(fieldValue(FIELDS.technique, record)).toMatchObject({ kind: 'labels', labels: [{}, {}] });
    expect(fieldValue(FIELDS.secondarySector, record)).toEqual({ kind: 'unknown' });
    expect(fieldValue(FIELDS.yearStarted, record)).toEqual({ kind: 'text', text: '2024' });
    expect(fieldValue(FIELDS.yearLatestInfo, record)).toEqual({ kind: 'unknown' });
    expect(fieldValue(FIELDS.vendor, record)).toEqual({ kind: 'unknown' });
    expect(fieldValue(FIELDS.impactAssessment, record)).toEqual({ kind: 'link', url: 'https://example.org/dpia.pdf' });
    expect(fieldValue(FIELDS.humanOversight, record)).toEqual({ kind: 'label', label: record.humanOversight });
    expect(fieldValue(FIELDS.stale, record)).toEqual({ kind: 'labels', labels: [{ en: 'Yes', vi: 'Có' }] });
    expect(fieldValue(FIELDS.fundingAmount, record)).toEqual({ kind: 'amount', value: 1000, currency: 'USD' });
  });
});
