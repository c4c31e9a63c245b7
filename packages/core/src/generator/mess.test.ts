import { describe, expect, it } from 'vitest';
import { toneInsensitiveKey, toUnicodeColumn } from '../text';
import { validateAcrossRecords, validateField, validateRecord } from '../validation';
import { excelSerial } from './mess';
import { generateProvince } from './province';
import { SMALL, studentContextFor } from './test-fixtures';
import type { MessKind, MessyValue } from './types';

const messy = generateProvince({ ...SMALL, seed: 'messy', pupilsPerClass: 30, messyShare: 0.3 });
const contextFor = studentContextFor(messy);
const allMess = messy.students.flatMap((s) => s.mess);
const LEGACY = new Set<MessKind>(['tcvn3', 'vni']);

/**
 * The importer guesses a legacy encoding per column (toUnicodeColumn), as a
 * school's file is written in one encoding: here, one file per encoding.
 */
const columnDecoded = new Map<MessyValue, string>();
for (const kind of LEGACY) {
  const cells = allMess.filter((m) => m.kind === kind);
  const decoded = toUnicodeColumn(
    cells.map((m) => String(m.raw)),
    cells[0]?.fontHint,
  );
  cells.forEach((m, i) => {
    columnDecoded.set(m, decoded[i] ?? '');
  });
}

describe('dữ liệu lộn xộn như tệp của trường', () => {
  it('có đủ các kiểu lộn xộn đã hứa', () => {
    const kinds = new Set(allMess.map((m) => m.kind));
    const promised: MessKind[] = [
      'tcvn3',
      'vni',
      'nfd',
      'spacing-case',
      'excel-serial',
      'dmy-text',
      'phone-international',
      'phone-spaced',
      'phone-old-prefix',
      'phone-as-number',
      'label-instead-of-code',
      'code-as-number',
      'pid-spaced',
      'pid-as-number',
      'missing-required',
    ];
    for (const kind of promised) expect(kinds.has(kind), kind).toBe(true);
    expect(allMess.length / (messy.students.length * 9)).toBeGreaterThan(0.2);
  });

  it('mọi giá trị lộn xộn được validateField chuẩn hóa về đúng giá trị sạch', () => {
    const options = { codeLists: contextFor('').codeLists ?? {} };
    for (const m of allMess) {
      const cell = columnDecoded.get(m) ?? m.raw;
      const result = validateField('student', m.field, cell, options);
      expect(result.value, `${m.kind} ${m.field}: ${String(m.raw)}`).toEqual(m.expected);
      if (m.expectedRule) expect(result.issues.map((i) => i.ruleCode)).toContain(m.expectedRule);
      else expect(result.issues.filter((i) => i.severity === 'blocking')).toEqual([]);
      // The preview shows "before → after" for every messy cell (a blank stays blank).
      if (m.expected !== null) expect(String(m.raw)).not.toBe(String(m.expected));
      if (m.expected !== null && !LEGACY.has(m.kind)) expect(result.changed).toBe(true);
    }
  });

  it('từng ô TCVN3/VNI: có tên phông chữ thì gần như luôn nhận ra; không có thì phần lớn', () => {
    const legacy = allMess.filter((m) => LEGACY.has(m.kind));
    const rate = (hinted: boolean) =>
      legacy.filter(
        (m) =>
          validateField('student', m.field, m.raw, hinted && m.fontHint ? { fontHint: m.fontHint } : {})
            .value === m.expected,
      ).length / legacy.length;
    // A cell whose every word reads as Unicode too ("TÈn" = "Tèn") is left
    // alone by design (text/README.md): the column-level guess settles it.
    expect(rate(true)).toBeGreaterThan(0.95);
    expect(rate(false)).toBeGreaterThan(0.75);
  });

  it('cả dòng lộn xộn: chuẩn hóa xong trùng với bản ghi sạch, trừ ô bị bỏ trống', () => {
    // Every messy row (and a few hundred is plenty to exercise each kind together).
    for (const student of messy.students.filter((s) => s.mess.length > 0).slice(0, 600)) {
      const decodedName = student.mess.find((m) => columnDecoded.has(m));
      const row = decodedName ? { ...student.raw, fullName: columnDecoded.get(decodedName) } : student.raw;
      const result = validateRecord('student', row, contextFor(student.record.schoolId));
      const lost = new Set(student.mess.filter((m) => m.expected === null).map((m) => m.field));
      for (const [key, value] of Object.entries(student.record)) {
        expect(result.values[key], key).toEqual(lost.has(key as never) ? null : value);
      }
      const blocking = result.issues.filter((i) => i.severity === 'blocking').map((i) => i.ruleCode);
      expect(blocking.every((code) => code === 'FIELD_REQUIRED')).toBe(true);
    }
  });

  it('dòng trùng được phát hiện khi kiểm tra chéo', () => {
    const duplicates = messy.students.filter((s) => s.duplicateOf !== undefined);
    expect(duplicates.length).toBeGreaterThan(0);
    const rows = messy.students.map((s) => s.raw);
    const issues = validateAcrossRecords(rows);
    duplicates.forEach((dup) => {
      const row = messy.students.indexOf(dup);
      const original = messy.students.findIndex((s) => s.record.studentId === dup.duplicateOf);
      expect(issues.filter((i) => i.row === row).map((i) => i.ruleCode)).toContain('STU_PID_DUPLICATE');
      expect(issues.filter((i) => i.row === original).map((i) => i.ruleCode)).toContain('STU_PID_DUPLICATE');
      expect(toneInsensitiveKey(String(dup.raw.fullName))).toBe(toneInsensitiveKey(dup.record.fullName));
    });
    // Nothing else collides: every other learner has their own ids.
    const flagged = new Set(issues.map((i) => i.row));
    const involved = new Set(
      duplicates.flatMap((d) => [
        messy.students.indexOf(d),
        messy.students.findIndex((s) => s.record.studentId === d.duplicateOf),
      ]),
    );
    expect([...flagged].every((row) => involved.has(row))).toBe(true);
  });

  it('ngoài các ô lộn xộn và dòng trùng, tỉnh lộn xộn giống hệt tỉnh sạch cùng hạt giống', () => {
    const clean = generateProvince({ ...SMALL, seed: 'messy', pupilsPerClass: 30, messyShare: 0 });
    const records = messy.students.filter((s) => s.duplicateOf === undefined).map((s) => s.record);
    expect(records).toEqual(clean.students.map((s) => s.record));
  });

  it('số ngày Excel tính từ mốc 30/12/1899', () => {
    expect(excelSerial('2015-09-05')).toBe(42252);
    expect(excelSerial('1900-03-01')).toBe(61);
  });
});
