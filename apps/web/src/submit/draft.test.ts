import { DeploymentInputSchema, FIELD_LIST } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { draftOf, NEW_RECORD, toInput } from './draft.ts';
import { SubmissionFormSchema } from './schema.ts';
import { formOrder, STEPS, stepOfName } from './steps.ts';

const published = {
  id: 'court-judges-assistant',
  title: { en: 'Judges’ assistant', vi: 'Trợ lý thẩm phán' },
  summary: { en: 'Drafts judgments.', vi: 'Soạn thảo bản án.' },
  agencyId: 'supreme-court',
  country: 'VN',
  provinceCode: null,
  originalPlace: null,
  sector: 'justice',
  secondarySectors: ['public_administration'],
  category: 'document_ocr',
  techniques: ['language_llm', 'speech'],
  stage: 'pilot',
  yearStarted: 2024,
  yearLatestInfo: null,
  builder: 'vendor',
  vendor: 'Viettel',
  aiKind: 'private',
  intendedUsers: ['staff'],
  funding: { source: 'state_budget', amount: { value: 1000, currency: 'USD' } },
  personalData: 'yes',
  biometricData: 'no',
  risk: {
    tier: 'high',
    questionnaire: {
      rights: 3,
      safety: 1,
      sector: 3,
      automation: 1,
      scale: 2,
      undisclosedInteraction: false,
      generatesContent: true,
    },
    impactAssessmentUrl: 'https://example.org/dpia.pdf',
  },
  humanOversight: { en: 'A judge reviews every draft.', vi: 'Thẩm phán xem lại mọi bản nháp.' },
  legalBasis: { en: 'Decision 123', vi: 'Quyết định 123' },
  responsibleUnit: null,
  contactPoint: 'ai@toaan.gov.vn',
  redress: { en: 'Appeal to the court.', vi: 'Kháng cáo lên tòa.' },
  untranslated: [],
  gapsAssessed: true,
  gaps: [
    {
      dimension: 'data',
      issue: 'data.siloed',
      severity: 2,
      note: { en: 'Case files are on paper.', vi: 'Hồ sơ vụ án còn trên giấy.' },
      evidence: 'Most case files are still kept on paper.',
      source: 'https://example.org/gap',
    },
  ],
  ethics: { privacy: { status: 'partial', evidence: 'DPIA done' }, transparency: { status: 'met' } },
  sources: [{ url: 'https://example.org/news', publisher: 'VnExpress', publishedOn: '2025-01', language: 'vi' }],
  fieldEvidence: { aiKind: { source: 'https://example.org/news', text: 'runs on the court’s own servers' } },
  provenance: { kind: 'curated' },
  reviewedOn: null,
};

/** What the API sets itself on a submitted record. */
const SET_BY_API = ['id', 'untranslated', 'provenance', 'reviewedOn'];
const withoutApiFields = (r: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !SET_BY_API.includes(k)));

describe('the submission form’s values', () => {
  test('every form field of the registry is asked in exactly one step', () => {
    const asked = STEPS.flatMap((s) => s.fields as readonly string[]);
    const formFields = FIELD_LIST.filter((f) => f.form).map((f) => f.key);
    expect([...asked].sort()).toEqual([...formFields].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  test('a published record goes through the form unchanged, with what the form does not ask for', () => {
    const { record } = toInput(draftOf(published), { deploymentId: published.id, baseRevision: 3 });
    const before = DeploymentInputSchema.parse(published);
    const after = DeploymentInputSchema.parse({ ...record, id: published.id });
    expect(withoutApiFields(after)).toEqual(withoutApiFields(before));
  });

  test('an update names its record and revision; a cleared optional text is sent as null', () => {
    const values = draftOf(published);
    values.record.legalBasis = { en: '', vi: '' };
    const input = toInput(values, { deploymentId: published.id, baseRevision: 3 });
    expect(input).toMatchObject({ deploymentId: published.id, baseRevision: 3, proposedAgency: null });
    expect(input.record.legalBasis).toBeNull();
  });

  test('a text copied from the other language comes back empty, so it is not sent as a translation', () => {
    const values = draftOf({
      ...published,
      legalBasis: { en: 'Quyết định 123', vi: 'Quyết định 123' },
      untranslated: ['legalBasis.en'],
    });
    expect(values.record.legalBasis).toEqual({ en: '', vi: 'Quyết định 123' });
    expect(toInput(values).record.legalBasis).toEqual({ vi: 'Quyết định 123' });
  });

  test('checking a new, empty entry names each missing field by its path', () => {
    const result = SubmissionFormSchema.safeParse(draftOf({ ...NEW_RECORD, agencyId: 'supreme-court' }));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['record.title', 'record.summary', 'record.sector', 'record.stage', 'record.sources']),
    );
    expect(paths).not.toContain('record.country');
  });

  test('a text in one language is enough', () => {
    const values = draftOf(published);
    values.record.title = { en: '', vi: 'Trợ lý thẩm phán' };
    expect(SubmissionFormSchema.safeParse(values).success).toBe(true);
  });

  test('a proposed agency is saved once well formed, and checked field by field before sending', () => {
    const values = draftOf({ ...NEW_RECORD, agencyId: 'supreme-court' });
    values.proposedAgency = { ...values.proposedAgency, propose: true, name: { en: '', vi: 'Khoa Hô hấp' } };
    expect(toInput(values).proposedAgency).toBeNull();
    expect(toInput(values).record.agencyId).toBe('supreme-court');
    const issues = SubmissionFormSchema.safeParse(values).error?.issues.map((i) => i.path.join('.'));
    expect(issues).toContain('proposedAgency.level');
    values.proposedAgency.level = 'public_service_unit';
    const input = toInput(values);
    expect(input.proposedAgency).toMatchObject({ name: { vi: 'Khoa Hô hấp' }, level: 'public_service_unit' });
    expect(input.record.agencyId).toBe('khoa-ho-hap');
  });

  test('a problem’s path leads to the step that asks for it', () => {
    expect(stepOfName('record.sources')).toBe('sources');
    expect(stepOfName('record.gaps.0.source')).toBe('gaps');
    expect(stepOfName('record.risk.questionnaire.rights')).toBe('risk');
    expect(stepOfName('record.risk.tier')).toBe('risk');
    expect(stepOfName('record.funding.amount.value')).toBe('application');
    expect(stepOfName('record.agencyId')).toBe('agency');
    expect(stepOfName('proposedAgency.name')).toBe('agency');
    expect(stepOfName('record.legalBasis.en')).toBe('accountability');
    const names = ['record.sources', 'record.provinceCode', 'record.sector', 'record.title'];
    expect(names.sort((a, b) => formOrder(a) - formOrder(b))).toEqual([
      'record.title',
      'record.sector',
      'record.provinceCode',
      'record.sources',
    ]);
  });
});
