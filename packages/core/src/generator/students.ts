import { type Commune, expectedAgeRange, GRADES_BY_LEVEL, PROVINCES_PRE_2025 } from '../standard';
import { schoolYearOpening } from '../validation';
import { messUp, retypedName } from './mess';
import { resolveOptions } from './options';
import {
  birthDateIn,
  birthProvinceTable,
  type GenderCode,
  LEARNER_ID_INDICES,
  MOBILE_PREFIX_TABLE,
  mobilePhone,
  PersonalIdAllocator,
  personName,
} from './people';
import {
  AGE_SHIFT_KINH,
  AGE_SHIFT_MINORITY,
  DISABILITY_SHARE,
  DISABILITY_TYPES,
  LEAVING_REASON_WEIGHTS,
  OCCUPATIONS,
  RELIGION_WEIGHTS,
  STATUS_SHARES,
  UPLAND_GROUPS,
  VILLAGES,
} from './population-data';
import { Rng, Weighted } from './prng';
import { generateStructure } from './structure';
import type {
  GeneratedClass,
  GeneratedSchool,
  GeneratedStudent,
  GuardianRecord,
  ProvinceOptions,
  ProvinceStructure,
  StudentRecord,
} from './types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Sex ratio at birth in Vietnam ≈ 111 boys per 100 girls in the 2010s (GSO) (?). */
const MALE_SHARE = 111 / 211;
/** Duplicate rows per messy cell: "a few" (?). */
const DUPLICATE_FACTOR = 0.02;
const KINH = '01';

/** Ethnicity mix of a commune: upland communes lean to Mông, Dao and other upland groups (?). */
function ethnicityTables(weights: Readonly<Record<string, number>>) {
  const scaled = (factor: (code: string) => number) =>
    new Weighted(Object.entries(weights).map(([code, w]) => [code, w * factor(code)] as const));
  return {
    upland: scaled((code) => (code === KINH ? 0.3 : UPLAND_GROUPS.has(code) ? 3 : 1.3)),
    lowland: scaled((code) => (code === KINH ? 1.3 : UPLAND_GROUPS.has(code) ? 0.4 : 0.9)),
  };
}

const oldProvinceName = new Map(PROVINCES_PRE_2025.entries.map((e) => [`0${e.code}`, e.labelVi]));

/** A day between two ISO dates, inclusive. */
function dayBetween(rng: Rng, fromIso: string, toIso: string): string {
  const from = Date.parse(`${fromIso}T00:00:00Z`);
  const to = Date.parse(`${toIso}T00:00:00Z`);
  return new Date(from + rng.int(0, Math.max(0, Math.round((to - from) / 86_400_000))) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

interface Tables {
  readonly birthProvinces: Weighted<string>;
  readonly ethnicity: { readonly upland: Weighted<string>; readonly lowland: Weighted<string> };
  readonly ageShift: { readonly kinh: Weighted<string>; readonly minority: Weighted<string> };
  readonly status: Readonly<Record<'TH' | 'THCS' | 'THPT', Weighted<string>>>;
  readonly leavingReason: Weighted<string>;
  readonly primaryLeavingReason: Weighted<string>;
  readonly disability: Weighted<string>;
  readonly religion: Weighted<string>;
  readonly occupation: Weighted<string>;
}

function makeTables(provinceCode: string, ethnicityWeights: Readonly<Record<string, number>>): Tables {
  return {
    birthProvinces: birthProvinceTable(provinceCode),
    ethnicity: ethnicityTables(ethnicityWeights),
    ageShift: {
      kinh: Weighted.fromRecord(AGE_SHIFT_KINH),
      minority: Weighted.fromRecord(AGE_SHIFT_MINORITY),
    },
    status: {
      TH: Weighted.fromRecord(STATUS_SHARES.TH),
      THCS: Weighted.fromRecord(STATUS_SHARES.THCS),
      THPT: Weighted.fromRecord(STATUS_SHARES.THPT),
    },
    leavingReason: Weighted.fromRecord(LEAVING_REASON_WEIGHTS),
    // Early marriage (06) does not happen at primary age.
    primaryLeavingReason: Weighted.fromRecord({ ...LEAVING_REASON_WEIGHTS, '06': 0 }),
    disability: Weighted.fromRecord(DISABILITY_TYPES),
    religion: Weighted.fromRecord(RELIGION_WEIGHTS),
    occupation: Weighted.fromRecord(OCCUPATIONS),
  };
}

interface Place {
  readonly school: GeneratedSchool;
  readonly schoolClass: GeneratedClass;
  readonly level: 'TH' | 'THCS' | 'THPT';
}

interface Env {
  readonly rng: Rng;
  readonly tables: Tables;
  readonly ids: PersonalIdAllocator;
  readonly structure: ProvinceStructure;
  readonly communeByCode: ReadonlyMap<string, Commune>;
  readonly startYear: number;
  readonly asOf: string;
}

function makeGuardians(env: Env, child: StudentRecord, minority: boolean): GuardianRecord[] {
  const { rng, tables } = env;
  const childYear = Number(child.birthDate.slice(0, 4));
  const familyName = child.fullName.split(' ')[0] ?? '';
  const phoneShare = minority ? 0.7 : 0.92;
  const adult = (
    relationship: string,
    gender: GenderCode,
    ageAtBirth: number,
    surname?: string,
  ): GuardianRecord => {
    const birthYear = childYear - ageAtBirth;
    return {
      guardianId: `PH${child.studentId}${relationship.slice(1)}`,
      studentId: child.studentId,
      relationship,
      fullName: personName(rng, gender, child.ethnicity, 'adult', surname),
      birthYear,
      occupation: tables.occupation.pick(rng),
      phone: rng.chance(phoneShare) ? mobilePhone(rng, MOBILE_PREFIX_TABLE) : null,
      personalId: env.ids.allocate(tables.birthProvinces.pick(rng), birthYear, gender),
      address: child.permanentAddress,
    };
  };
  // Children take the father's family name (patrilineal naming).
  const guardians = [
    ...(rng.chance(0.92) ? [adult('01', '1', rng.int(22, 40), familyName)] : []),
    ...(rng.chance(0.97) ? [adult('02', '2', rng.int(19, 38))] : []),
  ];
  // Orphans and children left with grandparents while parents work away.
  return guardians.length > 0 ? guardians : [adult('04', '2', rng.int(42, 60))];
}

function makeStudent(
  env: Env,
  place: Place,
  serial: number,
): { record: StudentRecord; guardians: GuardianRecord[] } {
  const { rng, tables, startYear } = env;
  const { school, schoolClass, level } = place;
  const communeCode = level === 'THPT' ? rng.pick(env.structure.communes).code : school.communeCode;
  const commune = env.communeByCode.get(communeCode);
  const upland = env.structure.uplandCommunes.has(communeCode);
  const ethnicity = (upland ? tables.ethnicity.upland : tables.ethnicity.lowland).pick(rng);
  const minority = ethnicity !== KINH;
  const gender: GenderCode = rng.chance(MALE_SHARE) ? '1' : '2';
  const normal = expectedAgeRange(schoolClass.grade)?.normal ?? schoolClass.grade + 5;
  const shift = Number((minority ? tables.ageShift.minority : tables.ageShift.kinh).pick(rng));
  const birthYear = startYear - (normal + shift);
  const birthProvince = tables.birthProvinces.pick(rng);
  const opening = schoolYearOpening(startYear);
  const status = tables.status[level].pick(rng);
  const statusDate = status === '01' ? opening : dayBetween(rng, opening, env.asOf);
  const firstGrade = GRADES_BY_LEVEL[level][0] ?? schoolClass.grade;
  const studentId = `${env.structure.provinceCode}${pad(serial, 8)}`;
  const village = rng.pick(VILLAGES);
  const record: StudentRecord = {
    classCode: schoolClass.classCode,
    studentId,
    fullName: personName(rng, gender, ethnicity, 'child'),
    birthDate: birthDateIn(rng, birthYear),
    gender,
    status,
    statusDate,
    ethnicity,
    disabilityType: rng.chance(DISABILITY_SHARE) ? tables.disability.pick(rng) : null,
    personalId: env.ids.allocate(birthProvince, birthYear, gender),
    schoolId: school.schoolId,
    religion: tables.religion.pick(rng),
    placeOfBirth: oldProvinceName.get(birthProvince) ?? env.structure.provinceName,
    residenceProvince: env.structure.provinceCode,
    residenceCommune: communeCode,
    permanentAddress: `Thôn ${village}, ${commune?.name ?? communeCode}, ${env.structure.provinceName}`,
    phone: null,
    enrolmentDate:
      status === '02' ? statusDate : schoolYearOpening(startYear - (schoolClass.grade - firstGrade)),
    leavingReason:
      status === '04'
        ? (level === 'TH' ? tables.primaryLeavingReason : tables.leavingReason).pick(rng)
        : null,
  };
  const guardians = makeGuardians(env, record, minority);
  const phone = guardians.find((g) => g.relationship === '02')?.phone ?? guardians[0]?.phone ?? null;
  return { record: { ...record, phone }, guardians };
}

function* places(structure: ProvinceStructure): Generator<Place> {
  const classesBySchool = new Map<string, GeneratedClass[]>();
  for (const c of structure.classes) {
    const list = classesBySchool.get(c.schoolId);
    if (list) list.push(c);
    else classesBySchool.set(c.schoolId, [c]);
  }
  for (const school of structure.schools) {
    if (school.schoolLevel === 'MN') continue;
    for (const schoolClass of classesBySchool.get(school.schoolId) ?? []) {
      yield { school, schoolClass, level: school.schoolLevel };
    }
  }
}

/**
 * The learners of a province, one at a time: school by school, class by
 * class. Only counters and the structure (schools, classes, staff) are kept,
 * so memory stays flat however many learners are drawn. Pass the structure
 * generateStructure made to reuse it; it must come from the same options.
 */
export function* streamStudents(
  input: ProvinceOptions,
  structure: ProvinceStructure = generateStructure(input),
): Generator<GeneratedStudent> {
  const options = resolveOptions(input);
  const env: Env = {
    rng: new Rng(options.seed, 'students'),
    tables: makeTables(options.provinceCode, options.ethnicityWeights),
    ids: new PersonalIdAllocator(options.seed, ...LEARNER_ID_INDICES),
    structure,
    communeByCode: new Map(structure.communes.map((c) => [c.code, c])),
    startYear: options.startYear,
    asOf: options.asOf,
  };
  const messRng = new Rng(options.seed, 'mess');
  let serial = 0;
  let duplicates = 0;
  for (const place of places(structure)) {
    for (let i = 0; i < options.pupilsPerClass; i++) {
      serial += 1;
      const { record, guardians } = makeStudent(env, place, serial);
      const { raw, mess } = messUp(record, options.messyShare, messRng);
      yield { record, raw, mess, guardians, grade: place.schoolClass.grade };
      if (messRng.chance(options.messyShare * DUPLICATE_FACTOR)) {
        duplicates += 1;
        yield duplicateOf(record, duplicates, place, messRng);
      }
    }
  }
}

/**
 * The same learner entered again by hand, under a new student id. Duplicate
 * ids have their own series (11 digits, "9" after the province code) so that
 * every other learner is identical with and without mess.
 */
function duplicateOf(original: StudentRecord, n: number, place: Place, rng: Rng): GeneratedStudent {
  const record = { ...original, studentId: `${original.studentId.slice(0, 2)}9${pad(n, 8)}` };
  const retyped = retypedName(record.fullName, rng);
  const raw = { ...record, ...(retyped ? { fullName: retyped.raw } : {}) };
  return {
    record,
    raw,
    mess: retyped ? [retyped] : [],
    guardians: [],
    grade: place.schoolClass.grade,
    duplicateOf: original.studentId,
  };
}
