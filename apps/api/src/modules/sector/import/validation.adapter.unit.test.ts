import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStudent, StudentChecker } from './validation.adapter';

/** The memoised checker must say exactly what core validateRecord says, row after row. */
const CLASSES = [
  { classCode: '1A1', grade: 1 },
  { classCode: '6A2', grade: 6 },
];
const CONTEXT = { schoolYear: '2025-2026', today: '2026-01-15', schoolClasses: CLASSES };

const pick = <T>(values: T[]) => fc.constantFrom(...values);
const row = fc.record(
  {
    fullName: pick(['nguyễn văn an', 'TRẦN THỊ  BÌNH', '', 'x'.repeat(60), 'Lê Hoà']),
    birthDate: pick([
      '12/03/2019',
      '2019-03-12',
      '31/02/2019',
      43500,
      new Date(Date.UTC(2013, 4, 2)),
      '1/1/19',
    ]),
    gender: pick(['Nam', 'nữ', '1', 'khác', '']),
    ethnicity: pick(['Kinh', '01', 'Tày', 'không rõ']),
    religion: pick(['Không', 'Phật giáo', '??']),
    personalId: pick(['001219012345', '0012190123', 1219012345, 'abc']),
    phone: pick(['0912345678', '84912345678', '+84 912 345 678', '0168123456', '12']),
    classCode: pick(['1A1', '6A2', '9Z9']),
    status: pick(['Đang học', '01', 'chuyển đi', 'bogus']),
    statusDate: pick(['05/09/2025', '2030-01-01', 'hôm qua']),
    placeOfBirth: pick(['Hà Nội', 'Thái Bình']),
  },
  { requiredKeys: [] },
);

describe('StudentChecker', () => {
  it('gives the same values and issues as checkStudent over a stream of rows', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const checker = new StudentChecker(CONTEXT);
        for (const raw of rows) {
          const withClasses = raw.classCode !== undefined;
          const expected = checkStudent(raw, {
            schoolYear: CONTEXT.schoolYear,
            today: CONTEXT.today,
            ...(withClasses ? { schoolClasses: CLASSES } : {}),
          });
          const actual = checker.check(raw, withClasses);
          expect(actual.values).toEqual(expected.values);
          expect(actual.issues).toEqual(expected.issues);
        }
      }),
      { numRuns: 60 },
    );
  });
});
