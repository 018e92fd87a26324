import { describe, expect, test } from 'vitest';
import {
  INDICATIVE_BASES,
  INDICATIVE_RULES,
  INDICATIVE_TIERS,
  type IndicativeInput,
  indicativeRisk,
  indicativeRuleLabel,
} from './indicative.ts';

const base: IndicativeInput = { category: 'other', sector: 'other', techniques: [], intendedUsers: [] };
const read = (over: Partial<IndicativeInput>) => indicativeRisk({ ...base, ...over });

describe('indicative risk tier', () => {
  test('face recognition by the police is likely high risk, on draft principles 1 and 3', () => {
    const r = read({ category: 'facial_recognition', sector: 'public_security', intendedUsers: ['staff'] });
    expect(r).toMatchObject({ tier: 'high', rule: 'biometric_identification', indicative: true });
    expect(r.bases).toEqual(['draft_principle_1', 'draft_principle_3']);
  });

  test('biometric data in justice fires the same rule without the category', () => {
    expect(read({ category: 'other', sector: 'justice', biometricData: 'yes' }).rule).toBe('biometric_identification');
    expect(read({ category: 'other', sector: 'justice', biometricData: 'unknown' }).tier).toBe('undetermined');
  });

  test('face matching for a public service (not security or justice) is not read as high by that rule', () => {
    const r = read({ category: 'facial_recognition', sector: 'public_administration', intendedUsers: ['citizens'] });
    expect(r.tier).toBe('undetermined');
  });

  test('police cameras, clinical support, court support and fraud flags are likely high', () => {
    expect(read({ category: 'traffic_video', sector: 'public_security' }).rule).toBe('police_cameras');
    expect(read({ category: 'traffic_video', sector: 'transport', intendedUsers: ['staff'] }).tier).toBe(
      'undetermined',
    );
    expect(read({ category: 'analytics_decision', sector: 'health', intendedUsers: ['staff'] }).rule).toBe(
      'clinical_support',
    );
    expect(read({ category: 'analytics_decision', sector: 'justice' }).rule).toBe('judicial_support');
    expect(read({ category: 'risk_fraud', sector: 'tax_finance', intendedUsers: ['staff'] }).rule).toBe('flags_people');
  });

  test('an assistant that talks to citizens or businesses is likely medium (the duty to disclose AI)', () => {
    expect(
      read({ category: 'virtual_assistant', sector: 'public_administration', intendedUsers: ['citizens'] }),
    ).toMatchObject({ tier: 'medium', rule: 'talks_to_public', bases: ['law_medium_tier'] });
    expect(read({ category: 'other', techniques: ['language_llm'], intendedUsers: ['businesses'] }).tier).toBe(
      'medium',
    );
  });

  test('a high rule wins over the medium one: order is high, medium, low', () => {
    const r = read({ category: 'facial_recognition', sector: 'public_security', intendedUsers: ['citizens'] });
    expect(r.tier).toBe('high');
  });

  test('a staff-only tool with no higher rule is likely low; unknown users leave it undetermined', () => {
    expect(read({ category: 'virtual_assistant', sector: 'tax_finance', intendedUsers: ['staff'] })).toMatchObject({
      tier: 'low',
      rule: 'staff_tool',
    });
    expect(read({ category: 'virtual_assistant', sector: 'tax_finance', intendedUsers: [] })).toMatchObject({
      tier: 'undetermined',
      rule: 'no_rule',
      bases: [],
    });
    expect(read({ category: 'virtual_assistant', intendedUsers: ['staff', 'citizens'] }).tier).toBe('medium');
  });

  test('questionnaire answers, when given, decide the reading', () => {
    const questionnaire = {
      rights: 3,
      safety: 0,
      sector: 0,
      automation: 0,
      scale: 0,
      undisclosedInteraction: false,
      generatesContent: false,
    };
    const r = read({ category: 'virtual_assistant', intendedUsers: ['staff'], risk: { questionnaire } });
    expect(r).toMatchObject({ tier: 'high', rule: 'questionnaire', reasons: ['severe_rights_impact'] });
    expect(indicativeRuleLabel(r).en).toContain('questionnaire');
  });

  test('the declared tier never changes the reading: the two are kept apart', () => {
    const input = { ...base, category: 'virtual_assistant', intendedUsers: ['staff'] };
    expect(indicativeRisk({ ...input, risk: { tier: 'high' } })).toEqual(
      indicativeRisk({ ...input, risk: { tier: 'low' } }),
    );
  });

  test('records from other countries: Vietnam’s law does not apply, whatever they are', () => {
    const r = read({ country: 'US', category: 'facial_recognition', sector: 'public_security' });
    expect(r).toMatchObject({ tier: 'not_applicable', rule: 'outside_vietnam' });
    expect(indicativeRuleLabel(r).en).toContain('register’s own classification');
    expect(read({ country: 'VN', category: 'facial_recognition', sector: 'public_security' }).tier).toBe('high');
  });

  test('every rule and basis reads in both languages, and every tier has a label', () => {
    for (const rule of Object.values(INDICATIVE_RULES)) {
      expect(rule.label.en.length).toBeGreaterThan(10);
      expect(rule.label.vi.length).toBeGreaterThan(10);
      expect(Object.keys(INDICATIVE_TIERS)).toContain(rule.tier);
      for (const b of rule.bases) expect(Object.keys(INDICATIVE_BASES)).toContain(b);
    }
  });
});
