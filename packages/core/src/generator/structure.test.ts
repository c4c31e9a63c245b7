import { describe, expect, it } from 'vitest';
import { communesToCodeList, ENTITIES, GRADES_BY_LEVEL } from '../standard';
import { validateRecord } from '../validation';
import { generateStructure } from './structure';
import { SMALL } from './test-fixtures';

const structure = generateStructure(SMALL);
const blocking = (
  entity: Parameters<typeof validateRecord>[0],
  record: Record<string, unknown>,
  asOf?: string,
) => {
  const communes = communesToCodeList(structure.communes, { version: 't', source: 't' });
  const context = { codeLists: { commune: communes }, ...(asOf ? { asOf } : {}) };
  return validateRecord(entity, record, context).issues.filter((i) => i.severity === 'blocking');
};

describe('generateStructure: xã, trường, điểm trường, lớp, cán bộ', () => {
  it('xã có mã 5 chữ số, không trùng, tên bắt đầu bằng Xã/Phường', () => {
    expect(structure.communes).toHaveLength(SMALL.communes);
    const codes = structure.communes.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of structure.communes) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.name).toMatch(/^(Xã|Phường) /);
    }
  });

  it('MN/TH/THCS thuộc xã, THPT thuộc Sở; mã trường tối đa 15 ký tự, không trùng', () => {
    const ids = structure.schools.map((s) => s.schoolId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const school of structure.schools) {
      expect(school.schoolId.length).toBeLessThanOrEqual(15);
      if (school.schoolLevel === 'THPT')
        expect(school.managingUnit).toEqual({ type: 'department', code: 'SGD-08' });
      else expect(school.managingUnit).toEqual({ type: 'commune', code: school.communeCode });
    }
    expect(new Set(structure.schools.map((s) => s.schoolLevel))).toEqual(
      new Set(['MN', 'TH', 'THCS', 'THPT']),
    );
  });

  it('mỗi trường có đúng một điểm trường chính; có trường có điểm trường lẻ', () => {
    for (const school of structure.schools) {
      expect(structure.sites.filter((s) => s.schoolId === school.schoolId && s.isMainSite)).toHaveLength(1);
    }
    expect(structure.sites.some((s) => !s.isMainSite)).toBe(true);
  });

  it('lớp đúng khối của cấp học, tên dạng "6A1", giáo viên chủ nhiệm là giáo viên của trường', () => {
    const levelOf = new Map(structure.schools.map((s) => [s.schoolId, s.schoolLevel]));
    const staffById = new Map(structure.staff.map((s) => [s.staffId, s]));
    const homerooms = structure.classes.map((c) => c.homeroomTeacherId);
    expect(new Set(homerooms).size).toBe(homerooms.length);
    for (const c of structure.classes) {
      const level = levelOf.get(c.schoolId);
      expect(level === 'TH' || level === 'THCS' || level === 'THPT').toBe(true);
      if (level === 'TH' || level === 'THCS' || level === 'THPT')
        expect(GRADES_BY_LEVEL[level]).toContain(c.grade);
      expect(c.className).toMatch(new RegExp(`^${c.grade}A\\d+$`));
      const teacher = staffById.get(c.homeroomTeacherId);
      expect(teacher?.schoolId).toBe(c.schoolId);
      expect(teacher?.position).toBe('07');
    }
  });

  it('mọi bản ghi đều hợp chuẩn: không có lỗi chặn', () => {
    for (const s of structure.schools) expect(blocking('school', s)).toEqual([]);
    for (const s of structure.sites) expect(blocking('satelliteSite', s)).toEqual([]);
    for (const c of structure.classes) expect(blocking('class', c)).toEqual([]);
    for (const s of structure.staff) expect(blocking('staff', s, structure.asOf)).toEqual([]);
  });

  it('mọi giá trị đã ở dạng chuẩn: validateRecord không đổi gì', () => {
    const entities = [
      ['school', structure.schools],
      ['satelliteSite', structure.sites],
      ['class', structure.classes],
      ['staff', structure.staff],
    ] as const;
    for (const [entity, records] of entities) {
      const keys = new Set(ENTITIES[entity].fields.map((f) => f.key));
      for (const record of records.slice(0, 50)) {
        const result = validateRecord(entity, record);
        expect(result.changedFields.filter((k) => keys.has(k) && k in record)).toEqual([]);
      }
    }
  });

  it('cán bộ dùng vị trí, trình độ, hợp đồng trong danh mục, không dùng hợp đồng 68 đã bãi bỏ', () => {
    expect(structure.staff.some((s) => s.position === '01')).toBe(true);
    expect(structure.staff.some((s) => s.contractType === '05')).toBe(false);
  });
});
