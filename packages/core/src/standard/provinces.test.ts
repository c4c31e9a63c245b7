import { describe, expect, it } from 'vitest';
import { PROVINCES } from './lists/provinces';
import { PROVINCES_PRE_2025 } from './lists/provinces-pre-2025';
import { currentProvinceFor, formerProvincesOf, PROVINCE_CROSSWALK_2025 } from './province-crosswalk';

const NEW_CODES =
  '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96'.split(
    ' ',
  );

describe('provinces from 1/7/2025', () => {
  it('are exactly the 34 units of Decision 19/2025/QĐ-TTg', () => {
    expect(PROVINCES.entries).toHaveLength(34);
    expect(PROVINCES.entries.map((e) => e.code).sort()).toEqual(NEW_CODES);
  });

  it('are 6 centrally governed cities and 28 provinces', () => {
    const cities = PROVINCES.entries.filter((e) => e.labelVi.startsWith('Thành phố '));
    const provinces = PROVINCES.entries.filter((e) => e.labelVi.startsWith('Tỉnh '));
    expect(cities.map((e) => e.code).sort()).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(provinces).toHaveLength(28);
  });

  it('are valid from 1/7/2025', () => {
    for (const entry of PROVINCES.entries) expect(entry.validFrom).toBe('2025-07-01');
  });
});

describe('provinces until 30/6/2025', () => {
  it('are 63 units with 2-digit codes, all ended on 30/6/2025', () => {
    expect(PROVINCES_PRE_2025.entries).toHaveLength(63);
    for (const entry of PROVINCES_PRE_2025.entries) {
      expect(entry.code).toMatch(/^\d{2}$/);
      expect(entry.validTo).toBe('2025-06-30');
    }
  });

  it('each map to exactly one 2025 province', () => {
    for (const entry of PROVINCES_PRE_2025.entries) {
      expect(entry.replacedBy).toHaveLength(1);
      expect(NEW_CODES).toContain(entry.replacedBy?.[0]);
    }
    expect(PROVINCE_CROSSWALK_2025.size).toBe(63);
  });

  it('cover every 2025 province, which kept the code of one of its predecessors', () => {
    for (const code of NEW_CODES) {
      const former = formerProvincesOf(code).map((e) => e.code);
      expect(former.length, code).toBeGreaterThanOrEqual(1);
      expect(former.length, code).toBeLessThanOrEqual(3);
      expect(former, code).toContain(code);
    }
  });

  it('records the 11 unchanged provinces as mapping to themselves alone', () => {
    const unchanged = NEW_CODES.filter((code) => formerProvincesOf(code).length === 1);
    expect(unchanged).toEqual(['01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46']);
  });
});

describe('2025 mergers (Resolution 202/2025/QH15)', () => {
  const formerNames = (code: string) => formerProvincesOf(code).map((e) => e.aliases?.[0]);

  it.each([
    ['08', ['Hà Giang', 'Tuyên Quang']],
    ['15', ['Lào Cai', 'Yên Bái']],
    ['19', ['Bắc Kạn', 'Thái Nguyên']],
    ['24', ['Bắc Giang', 'Bắc Ninh']],
    ['25', ['Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc']],
    ['31', ['Hải Dương', 'Hải Phòng']],
    ['33', ['Hưng Yên', 'Thái Bình']],
    ['37', ['Hà Nam', 'Nam Định', 'Ninh Bình']],
    ['44', ['Quảng Bình', 'Quảng Trị']],
    ['48', ['Đà Nẵng', 'Quảng Nam']],
    ['51', ['Quảng Ngãi', 'Kon Tum']],
    ['52', ['Bình Định', 'Gia Lai']],
    ['56', ['Khánh Hòa', 'Ninh Thuận']],
    ['66', ['Phú Yên', 'Đắk Lắk']],
    ['68', ['Bình Thuận', 'Đắk Nông', 'Lâm Đồng']],
    ['75', ['Bình Phước', 'Đồng Nai']],
    ['79', ['Bình Dương', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh']],
    ['80', ['Tây Ninh', 'Long An']],
    ['82', ['Tiền Giang', 'Đồng Tháp']],
    ['86', ['Bến Tre', 'Trà Vinh', 'Vĩnh Long']],
    ['91', ['An Giang', 'Kiên Giang']],
    ['92', ['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']],
    ['96', ['Bạc Liêu', 'Cà Mau']],
  ])('%s ← %j', (code, names) => {
    expect(formerNames(code).sort()).toEqual([...names].sort());
  });

  it('resolves old codes, including those reused with another meaning', () => {
    expect(currentProvinceFor('02')?.labelVi).toBe('Tỉnh Tuyên Quang');
    expect(currentProvinceFor('10')?.labelVi).toBe('Tỉnh Lào Cai');
    // Old 15 was Yên Bái; new 15 is Lào Cai.
    expect(currentProvinceFor('15')?.code).toBe('15');
    expect(currentProvinceFor('27')?.labelVi).toBe('Tỉnh Bắc Ninh');
    expect(currentProvinceFor('99')).toBeUndefined();
  });
});
