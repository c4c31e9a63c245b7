import { describe, expect, it } from 'vitest';
import { CODE_LIST_IDS, LOADED_CODE_LIST_IDS } from './code-list';
import {
  ENTITIES,
  type EntityId,
  fieldForHeader,
  getField,
  personalFields,
  sensitiveFields,
} from './entities';

const entityIds = Object.keys(ENTITIES) as EntityId[];
const allFields = entityIds.flatMap((id) => ENTITIES[id].fields.map((field) => ({ entity: id, field })));
const knownLists: readonly string[] = [...CODE_LIST_IDS, ...LOADED_CODE_LIST_IDS];

describe('ENTITIES', () => {
  it('describes school, satellite site, class, staff, student and guardian', () => {
    expect(entityIds.sort()).toEqual(['class', 'guardian', 'satelliteSite', 'school', 'staff', 'student']);
    for (const id of entityIds) expect(ENTITIES[id].id).toBe(id);
  });

  it('gives each entity unique keys and a required identifier field', () => {
    for (const id of entityIds) {
      const keys = ENTITIES[id].fields.map((f) => f.key);
      expect(new Set(keys).size, id).toBe(keys.length);
      expect(getField(id, ENTITIES[id].identifier)?.required, id).toBe(true);
    }
  });

  it('references only existing code lists, and only from code fields', () => {
    for (const { entity, field } of allFields) {
      const where = `${entity}.${field.key}`;
      if (field.type === 'code') expect(knownLists, where).toContain(field.codeList);
      else expect(field.codeList, where).toBeUndefined();
    }
  });

  it('bounds the length of every text field and labels every field', () => {
    for (const { entity, field } of allFields) {
      const where = `${entity}.${field.key}`;
      if (['string', 'phone', 'email', 'personalId'].includes(field.type)) {
        expect(field.maxLength, where).toBeGreaterThan(0);
      }
      expect(field.labelVi.trim(), where).not.toBe('');
      expect(field.labelEn.trim(), where).not.toBe('');
      expect(field.exportHeaderVi.trim(), where).not.toBe('');
    }
  });

  it('never lets one header name two fields of the same entity', () => {
    for (const id of entityIds) {
      const owner = new Map<string, string>();
      for (const field of ENTITIES[id].fields) {
        for (const header of new Set([field.exportHeaderVi, ...(field.headerAliases ?? [])])) {
          const key = header.toLocaleLowerCase('vi');
          expect(owner.get(key) ?? field.key, `${id}: "${header}"`).toBe(field.key);
          owner.set(key, field.key);
        }
      }
    }
  });

  it('uses the lengths of the standard', () => {
    expect(getField('student', 'studentId')?.maxLength).toBe(15);
    expect(getField('student', 'fullName')?.maxLength).toBe(50);
    expect(getField('student', 'personalId')?.maxLength).toBe(20);
    expect(getField('staff', 'staffId')?.maxLength).toBe(20);
    expect(getField('class', 'classCode')?.maxLength).toBe(20);
    expect(getField('school', 'schoolId')?.maxLength).toBe(15);
  });

  it('carries the national student export headers', () => {
    const headers = ENTITIES.student.fields.map((f) => f.exportHeaderVi);
    expect(headers.slice(0, 10)).toEqual([
      'Mã lớp',
      'Mã học sinh',
      'Họ tên',
      'Ngày sinh',
      'Giới tính',
      'Trạng thái',
      'Ngày nhập trạng thái',
      'Dân tộc',
      'Loại khuyết tật',
      'Số định danh cá nhân',
    ]);
  });
});

describe('privacy flags', () => {
  it('marks ethnicity, religion, disability and health as sensitive', () => {
    for (const key of ['ethnicity', 'religion', 'disabilityType', 'healthStatus']) {
      expect(getField('student', key)?.sensitive, key).toBe(true);
    }
    for (const key of ['ethnicity', 'religion']) expect(getField('staff', key)?.sensitive, key).toBe(true);
  });

  it('marks ids, phones, e-mails, addresses and guardian contacts as personal', () => {
    const expectPersonal = (entity: EntityId, keys: string[]) => {
      const personal = personalFields(entity).map((f) => f.key);
      expect(personal).toEqual(expect.arrayContaining(keys));
    };
    expectPersonal('student', [
      'personalId',
      'phone',
      'email',
      'permanentAddress',
      'currentAddress',
      'placeOfBirth',
    ]);
    expectPersonal('staff', ['personalId', 'phone', 'email', 'permanentAddress', 'currentAddress']);
    expectPersonal('guardian', ['personalId', 'phone', 'email', 'address']);
  });

  it('does not flag a school’s institutional contacts or non-personal fields', () => {
    expect(personalFields('school')).toEqual([]);
    expect(sensitiveFields('class')).toEqual([]);
    expect(getField('student', 'studentId')?.personal).toBeUndefined();
  });

  it('keeps every field that holds a sensitive or personal code list flagged', () => {
    for (const { entity, field } of allFields) {
      if (
        field.codeList === 'ethnicity' ||
        field.codeList === 'religion' ||
        field.codeList === 'disability-type'
      ) {
        expect(field.sensitive, `${entity}.${field.key}`).toBe(true);
      }
    }
  });
});

describe('fieldForHeader', () => {
  it('matches export headers and aliases regardless of NFC/NFD, case and spaces', () => {
    expect(fieldForHeader('student', 'Số định danh cá nhân'.normalize('NFD'))?.key).toBe('personalId');
    expect(fieldForHeader('student', '  họ VÀ  tên ')?.key).toBe('fullName');
    expect(fieldForHeader('student', 'CCCD')?.key).toBe('personalId');
    expect(fieldForHeader('staff', 'Chức vụ')?.key).toBe('position');
    expect(fieldForHeader('student', 'Cột lạ')).toBeUndefined();
    expect(fieldForHeader('student', '   ')).toBeUndefined();
  });
});
