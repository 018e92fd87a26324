import { describe, expect, test } from 'vitest';
import { PROVINCES, resolveProvince } from './provinces.ts';

describe('provinces', () => {
  test('there are 34 current units with unique codes VN01–VN34', () => {
    expect(PROVINCES).toHaveLength(34);
    const codes = new Set(PROVINCES.map((p) => p.code));
    expect(codes.size).toBe(34);
    for (const code of codes) expect(code).toMatch(/^VN(0[1-9]|[12]\d|3[0-4])$/);
  });

  test('the former-province table covers all 63 pre-2025 provinces exactly once', () => {
    const former = PROVINCES.flatMap((p) => p.former);
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
  });

  test('resolves current names in either language, with or without diacritics', () => {
    expect(resolveProvince('Hà Nội')).toEqual({ code: 'VN23', former: false });
    expect(resolveProvince('Hanoi')).toEqual({ code: 'VN23', former: false });
    expect(resolveProvince('TP HCM')).toEqual({ code: 'VN21', former: false });
    expect(resolveProvince('Ho Chi Minh City')).toEqual({ code: 'VN21', former: false });
    expect(resolveProvince('da nang')).toEqual({ code: 'VN25', former: false });
    expect(resolveProvince('Thành phố Huế')).toEqual({ code: 'VN22', former: false });
  });

  test('resolves former provinces to the unit they merged into', () => {
    expect(resolveProvince('Bình Dương')).toEqual({ code: 'VN21', former: true });
    expect(resolveProvince('Ba Ria-Vung Tau')).toEqual({ code: 'VN21', former: true });
    expect(resolveProvince('Yen Bai province')).toEqual({ code: 'VN10', former: true });
    expect(resolveProvince('Hải Dương')).toEqual({ code: 'VN24', former: true });
    expect(resolveProvince('Thua Thien Hue')).toEqual({ code: 'VN22', former: false });
  });

  test('returns undefined for unknown places', () => {
    expect(resolveProvince('Atlantis')).toBeUndefined();
    expect(resolveProvince('VN99')).toBeUndefined();
  });
});
