/**
 * fast-check generators for the validation tests (not exported from the package).
 */
import fc from 'fast-check';
import { ENTITIES, type EntityId, ETHNICITIES, expectedAgeRange, LEAVING_REASONS } from '../standard';
import { OLD_PROVINCES, toTcvn3, toVni } from '../text';
import { syllable, vietnameseText } from '../text/test-arbitraries';
import type { ClassRef, RecordContext } from './types';

export const SCHOOL_YEAR = '2025-2026';
export const START_YEAR = 2025;
export const TODAY = '2026-01-15';

/** Digit 4 of a personal id: century and sex (Circular 59/2021/TT-BCA). */
export function centuryGenderDigit(birthYear: number, gender: '1' | '2'): number {
  return (Math.floor(birthYear / 100) - 19) * 2 + (gender === '2' ? 1 : 0);
}

export function personalIdFor(
  province: string,
  birthYear: number,
  gender: '1' | '2',
  suffix: string,
): string {
  return `${province}${centuryGenderDigit(birthYear, gender)}${String(birthYear % 100).padStart(2, '0')}${suffix}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export interface ConsistentPupil {
  readonly record: Readonly<Record<string, unknown>>;
  readonly context: RecordContext;
  readonly normalAge: boolean;
}

const name = fc
  .array(syllable(), { minLength: 2, maxLength: 4 })
  .map((words) => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' '));

const statusParts = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ status: '01', statusDate: '2025-09-05', leavingReason: null }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...LEAVING_REASONS.entries.map((e) => e.code))
      .map((reason) => ({ status: '04', statusDate: '2025-11-20', leavingReason: reason })),
  },
  { weight: 1, arbitrary: fc.constant({ status: '03', statusDate: '2025-10-01', leavingReason: null }) },
);

/**
 * A learner whose record agrees with itself: personal id from birth date,
 * sex and a real pre-2025 province; age within the grade's range; a class
 * of the school; a guardian; status, date and reason that fit.
 */
export const consistentPupil: fc.Arbitrary<ConsistentPupil> = fc
  .record({
    gender: fc.constantFrom('1' as const, '2' as const),
    grade: fc.integer({ min: 1, max: 12 }),
    ageShift: fc.integer({ min: -1, max: 3 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    province: fc.constantFrom(...OLD_PROVINCES.map((p) => p.code)),
    suffix: fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')),
    fullName: name,
    studentId: fc.integer({ min: 0, max: 99_999_999 }).map((n) => `08${String(n).padStart(8, '0')}`),
    ethnicity: fc.constantFrom(...ETHNICITIES.entries.map((e) => e.code)),
    status: statusParts,
  })
  .map((p) => {
    const range = expectedAgeRange(p.grade);
    const normal = range?.normal ?? 6;
    const birthYear = START_YEAR - (normal + p.ageShift);
    const classCode = `0800123201-${p.grade}A1`;
    const schoolClasses: ClassRef[] = [
      { classCode, grade: p.grade },
      { classCode: '0800123201-9Z9', grade: 9 },
    ];
    return {
      normalAge: p.ageShift === 0,
      record: {
        classCode,
        studentId: p.studentId,
        fullName: p.fullName,
        birthDate: `${birthYear}-${pad2(p.month)}-${pad2(p.day)}`,
        gender: p.gender,
        ethnicity: p.ethnicity,
        personalId: personalIdFor(p.province, birthYear, p.gender, p.suffix),
        schoolId: '0800123201',
        ...p.status,
      },
      context: {
        schoolYear: SCHOOL_YEAR,
        today: TODAY,
        schoolClasses,
        guardianStudentIds: new Set([p.studentId]),
      },
    };
  });

/** Cells as messy as school files get: any text, numbers, dates, legacy encodings, blanks. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  vietnameseText,
  fc.string(),
  name.map(toTcvn3),
  name.map(toVni),
  name.map((n) => n.normalize('NFD')),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date(),
  fc.constantFrom(
    '',
    ' ',
    null,
    undefined,
    '05/09/2015',
    '5-9-15',
    '0912 345 678',
    '+84912345678',
    '01621234567',
  ),
  fc.constantFrom('Nam', 'nữ', 'Kinh', 'H’Mông', 'Thôi học', 'x', 'Không', 'Có', '001215012345', 'a@b.vn'),
);

export const anyEntityField: fc.Arbitrary<{ entity: EntityId; field: string }> = fc
  .constantFrom(...(Object.keys(ENTITIES) as EntityId[]))
  .chain((entity) => fc.constantFrom(...ENTITIES[entity].fields.map((f) => ({ entity, field: f.key }))));

/** A record of any entity with a messy cell in every field. */
export const anyRecord = fc
  .constantFrom(...(Object.keys(ENTITIES) as EntityId[]))
  .chain((entity) =>
    fc
      .tuple(...ENTITIES[entity].fields.map((f) => anyCell.map((cell) => [f.key, cell] as const)))
      .map((cells) => ({ entity, record: Object.fromEntries(cells) })),
  );
