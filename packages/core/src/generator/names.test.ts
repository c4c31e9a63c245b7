import { describe, expect, it } from 'vitest';
import { KINH_FAMILY_NAMES } from './names-data';
import { streamStudents } from './students';
import { SMALL, take } from './test-fixtures';

// 10,000 learners of a larger province (the first schools in stream order).
const pupils = take(streamStudents({ ...SMALL, seed: 'names', communes: 40, pupilsPerClass: 35 }), 10_000);
const words = (name: string) => name.split(' ');

describe('tên người Việt: tần suất và giới tính', () => {
  it('họ của học sinh người Kinh theo đúng tần suất: Nguyễn ~38%, rồi Trần, Lê, Phạm', () => {
    const kinh = pupils.filter((p) => p.record.ethnicity === '01');
    expect(kinh.length).toBeGreaterThan(3_000);
    const counts = new Map<string, number>();
    for (const p of kinh) {
      const family = words(p.record.fullName)[0] ?? '';
      counts.set(family, (counts.get(family) ?? 0) + 1);
    }
    const share = (name: string) => (counts.get(name) ?? 0) / kinh.length;
    const total = KINH_FAMILY_NAMES.reduce((sum, [, w]) => sum + w, 0);
    expect(share('Nguyễn')).toBeGreaterThan(38.4 / total - 0.03);
    expect(share('Nguyễn')).toBeLessThan(38.4 / total + 0.03);
    expect(share('Trần')).toBeGreaterThan(share('Lê'));
    expect(share('Lê')).toBeGreaterThan(share('Phạm'));
    expect(share('Phạm')).toBeGreaterThan(share('Bùi'));
    // In the north, Hoàng and Vũ rather than Huỳnh and Võ.
    expect(share('Hoàng')).toBeGreaterThan(share('Huỳnh') * 5);
    expect(share('Vũ')).toBeGreaterThan(share('Võ') * 3);
  });

  it('tên đệm hợp giới tính: Thị chỉ cho nữ, Văn và "A/Seo" (người Mông) chỉ cho nam', () => {
    for (const { record } of pupils) {
      const middle = words(record.fullName).slice(1, -1);
      if (middle.includes('Thị')) expect(record.gender).toBe('2');
      if (middle.includes('Văn') || middle.includes('Seo') || middle.includes('A'))
        expect(record.gender).toBe('1');
    }
  });

  it('có họ của người dân tộc thiểu số phía Bắc, theo dân tộc', () => {
    const familyOf = (ethnicity: string) =>
      new Set(pupils.filter((p) => p.record.ethnicity === ethnicity).map((p) => words(p.record.fullName)[0]));
    expect(
      [...familyOf('08')].every((f) =>
        ['Giàng', 'Vàng', 'Thào', 'Sùng', 'Lý', 'Mua', 'Lầu', 'Hầu', 'Vừ', 'Hờ'].includes(f ?? ''),
      ),
    ).toBe(true);
    expect(familyOf('09').has('Triệu') || familyOf('09').has('Bàn')).toBe(true);
    expect(familyOf('02').has('Nông') || familyOf('02').has('Ma')).toBe(true);
  });

  it('cơ cấu dân tộc của tỉnh miền núi phía Bắc: Kinh đông nhất, rồi Tày; có Dao, Mông, Nùng, Sán Chay', () => {
    const count = (code: string) => pupils.filter((p) => p.record.ethnicity === code).length;
    expect(count('01')).toBeGreaterThan(count('02'));
    for (const code of ['02', '09', '08', '07', '15']) expect(count(code), code).toBeGreaterThan(0);
  });

  it('tên có 3 hoặc 4 chữ, tối đa 50 ký tự, viết hoa đầu mỗi chữ', () => {
    for (const { record } of pupils) {
      const parts = words(record.fullName);
      expect(parts.length).toBeGreaterThanOrEqual(3);
      expect(parts.length).toBeLessThanOrEqual(4);
      expect([...record.fullName].length).toBeLessThanOrEqual(50);
      for (const part of parts) expect(part.charAt(0)).toBe(part.charAt(0).toUpperCase());
    }
  });
});
