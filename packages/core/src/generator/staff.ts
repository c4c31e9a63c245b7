import {
  birthDateIn,
  type GenderCode,
  MOBILE_PREFIX_TABLE,
  mobilePhone,
  type PersonalIdAllocator,
  personName,
} from './people';
import { SECONDARY_SUBJECTS } from './population-data';
import { type Rng, Weighted } from './prng';
import type { GeneratedStaff, SchoolLevelCode } from './types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Teachers per class, after the staffing norms of Circular 20/2023/TT-BGDĐT (?). */
const TEACHERS_PER_CLASS: Readonly<Record<SchoolLevelCode, number>> = {
  MN: 2,
  TH: 1.5,
  THCS: 1.9,
  THPT: 2.25,
};
/** Preschool classes are age groups with no grade in the standard: only their staff are generated. */
const PRESCHOOL_GROUPS = 6;
/** Share of women among teachers, by level (?). */
const FEMALE_TEACHERS: Readonly<Record<SchoolLevelCode, number>> = {
  MN: 0.98,
  TH: 0.85,
  THCS: 0.72,
  THPT: 0.62,
};

export interface PeopleTools {
  readonly rng: Rng;
  readonly ids: PersonalIdAllocator;
  readonly birthProvinces: Weighted<string>;
  readonly staffEthnicity: Weighted<string>;
  readonly startYear: number;
}

interface StaffRole {
  readonly position: string;
  readonly teacher: boolean;
}

function staffRoles(level: SchoolLevelCode, classCount: number, rng: Rng): StaffRole[] {
  const groups = level === 'MN' ? PRESCHOOL_GROUPS : classCount;
  // Enough class teachers for one homeroom each, and the norm's extra subject teachers.
  const teachers = Math.max(classCount, Math.ceil(groups * TEACHERS_PER_CLASS[level]));
  const role = (position: string, teacher = false): StaffRole => ({ position, teacher });
  const support = ['09', '10', '12', '19'];
  if (level === 'MN') support.push('21', '21');
  if (level !== 'MN') support.push('13');
  if (level === 'THCS' || level === 'THPT') support.push('14');
  if (level === 'THPT') support.push('15');
  return [
    role('01'),
    role('02'),
    ...(classCount > 15 || rng.chance(0.3) ? [role('02')] : []),
    ...Array.from({ length: teachers }, () => role('07', true)),
    ...support.map((p) => role(p)),
  ];
}

/** Qualification codes (qualifications.ts) by kind of post (?). */
const QUALIFICATIONS = {
  preschoolTeacher: Weighted.fromRecord({ '03': 60, '04': 30, '05': 10 }),
  primaryTeacher: Weighted.fromRecord({ '03': 80, '02': 6, '04': 14 }),
  lowerSecondaryTeacher: Weighted.fromRecord({ '03': 86, '02': 8, '04': 6 }),
  upperSecondaryTeacher: Weighted.fromRecord({ '03': 85, '02': 15 }),
  support: Weighted.fromRecord({ '03': 15, '04': 30, '05': 35, '07': 20 }),
};
const TEACHER_QUALIFICATIONS: Readonly<Record<SchoolLevelCode, Weighted<string>>> = {
  MN: QUALIFICATIONS.preschoolTeacher,
  TH: QUALIFICATIONS.primaryTeacher,
  THCS: QUALIFICATIONS.lowerSecondaryTeacher,
  THPT: QUALIFICATIONS.upperSecondaryTeacher,
};
/** Contract codes (contract-types.ts); never the repealed Decree 68 contract (05) (?). */
const CONTRACTS = {
  teaching: Weighted.fromRecord({ '01': 85, '02': 5, '03': 5, '04': 3, '06': 2 }),
  support: Weighted.fromRecord({ '04': 60, '01': 35, '99': 5 }),
};

const isLeader = (role: StaffRole) => role.position === '01' || role.position === '02';

function qualificationFor(rng: Rng, role: StaffRole, level: SchoolLevelCode): string {
  if (isLeader(role)) return rng.chance(0.3) ? '02' : '03';
  return (role.teacher ? TEACHER_QUALIFICATIONS[level] : QUALIFICATIONS.support).pick(rng);
}

function contractFor(rng: Rng, role: StaffRole): string {
  return (role.teacher || isLeader(role) ? CONTRACTS.teaching : CONTRACTS.support).pick(rng);
}

function femaleShare(role: StaffRole, level: SchoolLevelCode): number {
  if (role.teacher) return FEMALE_TEACHERS[level];
  if (role.position === '19') return 0.05;
  if (role.position === '21') return 0.9;
  return 0.6;
}

/**
 * Staff of one school: leaders, teachers (enough for a homeroom per class)
 * and support staff, with positions, qualifications and contracts from the
 * standard's code lists.
 */
export function makeStaff(
  tools: PeopleTools,
  school: { readonly schoolId: string; readonly level: SchoolLevelCode },
  classCount: number,
): GeneratedStaff[] {
  const { rng } = tools;
  return staffRoles(school.level, classCount, rng).map((role, k) => {
    const gender: GenderCode = rng.chance(femaleShare(role, school.level)) ? '2' : '1';
    const ethnicity = tools.staffEthnicity.pick(rng);
    const birthYear = tools.startYear - rng.int(23, 59);
    const joined = Math.min(tools.startYear - 1, birthYear + rng.int(22, 30));
    return {
      schoolId: school.schoolId,
      staffId: `${school.schoolId}${pad(k + 1, 3)}`,
      fullName: personName(rng, gender, ethnicity, 'adult'),
      birthDate: birthDateIn(rng, birthYear),
      gender,
      ethnicity,
      religion: '00',
      personalId: tools.ids.allocate(tools.birthProvinces.pick(rng), birthYear, gender),
      phone: mobilePhone(rng, MOBILE_PREFIX_TABLE),
      position: role.position,
      qualification: qualificationFor(rng, role, school.level),
      mainSubject:
        role.teacher && (school.level === 'THCS' || school.level === 'THPT')
          ? rng.pick(SECONDARY_SUBJECTS)
          : null,
      contractType: contractFor(rng, role),
      recruitmentDate: birthDateIn(rng, joined),
    };
  });
}
