import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageByYear, expectedAgeRange, GRADES, GRADES_BY_LEVEL, gradeInfo } from './grades';
import { findEntry } from './registry';

describe('grades', () => {
  it('has 12 grades split TH 1–5, THCS 6–9, THPT 10–12', () => {
    expect(GRADES.map((g) => g.grade)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const [level, grades] of Object.entries(GRADES_BY_LEVEL)) {
      for (const grade of grades) expect(gradeInfo(grade)?.level).toBe(level);
      expect(findEntry('school-level', level), level).toBeDefined();
    }
  });

  it('expects grade 1 at 6, grade 6 at 11 and grade 10 at 15', () => {
    expect(expectedAgeRange(1)).toEqual({ normal: 6, min: 5, max: 9 });
    expect(expectedAgeRange(6)?.normal).toBe(11);
    expect(expectedAgeRange(10)?.normal).toBe(15);
  });

  it('has no range outside grades 1–12', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double()).filter((g) => !(Number.isInteger(g) && g >= 1 && g <= 12)),
        (grade) => {
          expect(expectedAgeRange(grade)).toBeUndefined();
        },
      ),
    );
  });

  it('keeps min ≤ normal ≤ max, increasing by one per grade', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), (grade) => {
        const here = expectedAgeRange(grade)!;
        const next = expectedAgeRange(grade + 1)!;
        expect(here.min).toBeLessThanOrEqual(here.normal);
        expect(here.normal).toBeLessThanOrEqual(here.max);
        expect(next.normal - here.normal).toBe(1);
      }),
    );
  });

  it('counts age by year: a child born in 2019 is 6 in school year 2025–26', () => {
    expect(ageByYear(2019, 2025)).toBe(6);
  });
});
