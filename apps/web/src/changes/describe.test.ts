import { describe, expect, test } from 'vitest';
import { pathParts, shownValue } from './describe.ts';

const change = (path: string, field: string | null = null) => ({ path, field, before: null, after: null });

describe('a change, in words', () => {
  test('names the part of its field that changed', () => {
    expect(pathParts(change('stage', 'stage'))).toEqual([]);
    expect(pathParts(change('title.en', 'title'))).toEqual([{ kind: 'lang', lang: 'en' }]);
    expect(pathParts(change('gaps.0.source', 'gap'))).toEqual([
      { kind: 'item', n: 1 },
      { kind: 'key', key: 'source' },
    ]);
    expect(pathParts(change('ethics.privacy.status', 'ethics'))).toEqual([
      { kind: 'label', label: { en: 'Privacy and personal data', vi: 'Quyền riêng tư và dữ liệu cá nhân' } },
      { kind: 'key', key: 'status' },
    ]);
    // Without the API's field, the path finds it.
    expect(pathParts(change('risk.questionnaire.rights'))).toEqual([{ kind: 'key', key: 'rights' }]);
  });

  test('shows codes by their names and everything else as text', () => {
    expect(shownValue(change('stage', 'stage'), 'pilot')).toEqual({
      kind: 'labels',
      labels: [{ en: 'Pilot', vi: 'Thí điểm' }],
    });
    expect(shownValue(change('techniques', 'technique'), ['speech'])).toEqual({
      kind: 'labels',
      labels: [{ en: 'Speech', vi: 'Xử lý giọng nói' }],
    });
    expect(shownValue(change('gaps.0.issue', 'gap'), 'data.siloed')).toMatchObject({
      kind: 'labels',
      labels: [{ en: 'Scattered / siloed' }],
    });
    expect(shownValue(change('risk.tier', 'impactAssessment'), 'high')).toMatchObject({
      labels: [{ en: 'High risk' }],
    });
    expect(shownValue(change('untranslated', 'untranslated'), ['legalBasis.en'])).toEqual({
      kind: 'untranslated',
      items: [{ field: 'legalBasis', path: 'legalBasis.en', lang: 'en' }],
    });
    expect(shownValue(change('gapsAssessed', 'assessed'), true)).toMatchObject({ labels: [{ en: 'Yes' }] });
    expect(shownValue(change('vendor', 'vendor'), null)).toEqual({ kind: 'empty' });
    expect(shownValue(change('secondarySectors', 'secondarySector'), [])).toEqual({ kind: 'empty' });
    const payload = '<img src=x onerror=alert(1)>';
    expect(shownValue(change('vendor', 'vendor'), payload)).toEqual({ kind: 'text', text: payload });
  });
});
