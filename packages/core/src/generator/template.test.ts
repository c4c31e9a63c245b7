import { describe, expect, it } from 'vitest';
import { ENTITIES, fieldForHeader } from '../standard';
import { validateField } from '../validation';
import { generateProvince } from './province';
import { studentRowsForTemplate } from './template';
import { SMALL } from './test-fixtures';

const province = generateProvince({ ...SMALL, seed: 'template', messyShare: 0.3, pupilsPerClass: 5 });

describe('studentRowsForTemplate: dòng theo tiêu đề cột của mẫu xuất quốc gia', () => {
  it('mỗi dòng có đúng các tiêu đề cột của học sinh, theo thứ tự của chuẩn', () => {
    const [row] = studentRowsForTemplate(province.students.slice(0, 1));
    expect(Object.keys(row ?? {})).toEqual(ENTITIES.student.fields.map((f) => f.exportHeaderVi));
    for (const header of Object.keys(row ?? {})) expect(fieldForHeader('student', header)).toBeDefined();
  });

  it('ngày dạng dd/mm/yyyy, danh mục ghi bằng tên như mẫu xuất', () => {
    const student = province.students[0];
    const [row] = studentRowsForTemplate(province.students.slice(0, 1), { communes: province.communes });
    expect(row?.['Ngày sinh']).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(['Nam', 'Nữ']).toContain(row?.['Giới tính']);
    expect(row?.['Trạng thái']).toBe('Đang học');
    expect(row?.['Xã/Phường']).toMatch(/^(Xã|Phường) /);
    expect(row?.['Mã học sinh']).toBe(student?.record.studentId);
    const [codes] = studentRowsForTemplate(province.students.slice(0, 1), { codes: 'code' });
    expect(codes?.['Giới tính']).toBe(student?.record.gender);
  });

  it('bản lộn xộn giữ nguyên ô như trường đã gõ; đọc lại qua tiêu đề → trường → validateField cho bản ghi sạch', () => {
    const students = province.students.slice(0, 120);
    const rows = studentRowsForTemplate(students, { messy: true });
    rows.forEach((row, i) => {
      const student = students[i];
      if (!student) return;
      const record: Record<string, unknown> = student.record;
      for (const [header, cell] of Object.entries(row)) {
        const field = fieldForHeader('student', header);
        if (!field) throw new Error(header);
        const mess = student.mess.find((m) => m.field === field.key);
        if (mess) expect(cell).toBe(mess.raw);
        // Legacy encodings are settled per column (see mess.test.ts), not per cell.
        if (mess?.kind === 'tcvn3' || mess?.kind === 'vni') continue;
        const expected = mess?.expected === null ? null : (record[field.key] ?? null);
        expect(validateField('student', field.key, cell).value, header).toEqual(expected);
      }
    });
  });
});
