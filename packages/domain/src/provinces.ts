import type { Label } from './labels.ts';
import { foldText } from './text.ts';

export interface Province {
  /** Code used by the bundled map (VN01–VN34). */
  code: string;
  name: Label;
  kind: 'city' | 'province';
  /** Former provinces (before 1 July 2025) merged into this unit, including itself when it existed. */
  former: string[];
}

function p(code: string, en: string, vi: string, kind: Province['kind'], former: string[]): Province {
  return { code, name: { en, vi }, kind, former };
}

/** Vietnam's 34 provincial-level units in force since 1 July 2025 (Resolution 202/2025/QH15). */
export const PROVINCES: readonly Province[] = [
  p('VN01', 'An Giang', 'An Giang', 'province', ['An Giang', 'Kiên Giang']),
  p('VN02', 'Bac Ninh', 'Bắc Ninh', 'province', ['Bắc Ninh', 'Bắc Giang']),
  p('VN03', 'Cao Bang', 'Cao Bằng', 'province', ['Cao Bằng']),
  p('VN04', 'Ca Mau', 'Cà Mau', 'province', ['Cà Mau', 'Bạc Liêu']),
  p('VN05', 'Gia Lai', 'Gia Lai', 'province', ['Gia Lai', 'Bình Định']),
  p('VN06', 'Ha Tinh', 'Hà Tĩnh', 'province', ['Hà Tĩnh']),
  p('VN07', 'Hung Yen', 'Hưng Yên', 'province', ['Hưng Yên', 'Thái Bình']),
  p('VN08', 'Khanh Hoa', 'Khánh Hòa', 'province', ['Khánh Hòa', 'Ninh Thuận']),
  p('VN09', 'Lai Chau', 'Lai Châu', 'province', ['Lai Châu']),
  p('VN10', 'Lao Cai', 'Lào Cai', 'province', ['Lào Cai', 'Yên Bái']),
  p('VN11', 'Lam Dong', 'Lâm Đồng', 'province', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']),
  p('VN12', 'Lang Son', 'Lạng Sơn', 'province', ['Lạng Sơn']),
  p('VN13', 'Nghe An', 'Nghệ An', 'province', ['Nghệ An']),
  p('VN14', 'Ninh Binh', 'Ninh Bình', 'province', ['Ninh Bình', 'Hà Nam', 'Nam Định']),
  p('VN15', 'Phu Tho', 'Phú Thọ', 'province', ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']),
  p('VN16', 'Quang Ngai', 'Quảng Ngãi', 'province', ['Quảng Ngãi', 'Kon Tum']),
  p('VN17', 'Quang Ninh', 'Quảng Ninh', 'province', ['Quảng Ninh']),
  p('VN18', 'Quang Tri', 'Quảng Trị', 'province', ['Quảng Trị', 'Quảng Bình']),
  p('VN19', 'Son La', 'Sơn La', 'province', ['Sơn La']),
  p('VN20', 'Can Tho', 'Cần Thơ', 'city', ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']),
  p('VN21', 'Ho Chi Minh City', 'TP. Hồ Chí Minh', 'city', ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa – Vũng Tàu']),
  p('VN22', 'Hue', 'Huế', 'city', ['Thừa Thiên Huế']),
  p('VN23', 'Hanoi', 'Hà Nội', 'city', ['Hà Nội']),
  p('VN24', 'Hai Phong', 'Hải Phòng', 'city', ['Hải Phòng', 'Hải Dương']),
  p('VN25', 'Da Nang', 'Đà Nẵng', 'city', ['Đà Nẵng', 'Quảng Nam']),
  p('VN26', 'Thanh Hoa', 'Thanh Hóa', 'province', ['Thanh Hóa']),
  p('VN27', 'Thai Nguyen', 'Thái Nguyên', 'province', ['Thái Nguyên', 'Bắc Kạn']),
  p('VN28', 'Tuyen Quang', 'Tuyên Quang', 'province', ['Tuyên Quang', 'Hà Giang']),
  p('VN29', 'Tay Ninh', 'Tây Ninh', 'province', ['Tây Ninh', 'Long An']),
  p('VN30', 'Vinh Long', 'Vĩnh Long', 'province', ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']),
  p('VN31', 'Dien Bien', 'Điện Biên', 'province', ['Điện Biên']),
  p('VN32', 'Dak Lak', 'Đắk Lắk', 'province', ['Đắk Lắk', 'Phú Yên']),
  p('VN33', 'Dong Nai', 'Đồng Nai', 'province', ['Đồng Nai', 'Bình Phước']),
  p('VN34', 'Dong Thap', 'Đồng Tháp', 'province', ['Đồng Tháp', 'Tiền Giang']),
];

export const PROVINCE_CODES = PROVINCES.map((x) => x.code) as [string, ...string[]];
export const PROVINCES_BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((x) => [x.code, x]));

const PREFIXES = /^(thanh pho|tp\.?|tinh|city of|province of)\s+/;
const SUFFIXES = /\s+(city|province|municipality)$/;

function key(name: string): string {
  return foldText(name)
    .replace(/[–—-]/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(PREFIXES, '')
    .replace(SUFFIXES, '')
    .replace(/\s+/g, '');
}

const EXTRA_ALIASES: Record<string, string> = {
  hcm: 'VN21',
  hcmc: 'VN21',
  saigon: 'VN21',
  thuathienhue: 'VN22',
};

const LOOKUP: ReadonlyMap<string, { code: string; former: boolean }> = (() => {
  const map = new Map<string, { code: string; former: boolean }>();
  for (const unit of PROVINCES) {
    map.set(key(unit.name.en), { code: unit.code, former: false });
    map.set(key(unit.name.vi), { code: unit.code, former: false });
    for (const name of unit.former) {
      const k = key(name);
      if (!map.has(k)) map.set(k, { code: unit.code, former: true });
    }
  }
  for (const [alias, code] of Object.entries(EXTRA_ALIASES)) map.set(alias, { code, former: false });
  return map;
})();

export interface ResolvedProvince {
  code: string;
  /** True when the name is a former province merged into the current unit. */
  former: boolean;
}

/**
 * Resolves a current or former province name, in either language and with or without
 * diacritics ("Bình Dương", "Binh Duong province", "TP HCM"), to its current unit.
 */
export function resolveProvince(name: string): ResolvedProvince | undefined {
  const k = key(name);
  if (/^vn\d\d$/.test(k)) {
    const code = k.toUpperCase();
    return PROVINCES_BY_CODE.has(code) ? { code, former: false } : undefined;
  }
  return LOOKUP.get(k);
}
