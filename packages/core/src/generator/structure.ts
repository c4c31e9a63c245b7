import { type Commune, GRADES_BY_LEVEL, PROVINCES } from '../standard';
import { type ResolvedOptions, resolveOptions } from './options';
import { birthProvinceTable, PersonalIdAllocator, STAFF_ID_INDICES } from './people';
import { PLACE_FIRST, PLACE_SECOND, VILLAGES } from './population-data';
import { Rng, Weighted } from './prng';
import { makeStaff, type PeopleTools } from './staff';
import type {
  GeneratedClass,
  GeneratedSchool,
  GeneratedSite,
  GeneratedStaff,
  ProvinceOptions,
  ProvinceStructure,
  SchoolLevelCode,
} from './types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Levels a commune manages (Decree 142/2025/NĐ-CP), taken in turn. */
const COMMUNE_LEVELS: readonly SchoolLevelCode[] = ['MN', 'TH', 'THCS'];
const LEVEL_DIGIT: Readonly<Record<SchoolLevelCode, number>> = { MN: 1, TH: 2, THCS: 3, THPT: 4 };
const LEVEL_NAME: Readonly<Record<SchoolLevelCode, string>> = {
  MN: 'Trường Mầm non',
  TH: 'Trường Tiểu học',
  THCS: 'Trường THCS',
  THPT: 'Trường THPT',
};
/** Share of schools with satellite sites; remote primary and preschools have most of them (?). */
const SATELLITE_SHARE: Readonly<Record<SchoolLevelCode, number>> = { MN: 0.6, TH: 0.5, THCS: 0.1, THPT: 0 };
/** Share of communes whose people are mostly upland minorities (?). */
const UPLAND_COMMUNE_SHARE = 0.35;

function communeNames(rng: Rng, count: number): string[] {
  const pairs = PLACE_FIRST.flatMap((a) => PLACE_SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`));
  // Fisher–Yates with the seeded generator.
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [pairs[i], pairs[j]] = [pairs[j] as string, pairs[i] as string];
  }
  return Array.from({ length: count }, (_, i) => {
    const base = pairs[i % pairs.length] as string;
    return i < pairs.length ? base : `${base} ${Math.floor(i / pairs.length) + 1}`;
  });
}

/**
 * Synthetic 5-digit codes: unique, but NOT the official ones (load those with
 * loadCommunes). Like many official codes they start with zeros ("00070"),
 * which spreadsheets drop.
 */
function makeCommunes(rng: Rng, options: ResolvedOptions): Commune[] {
  return communeNames(rng, options.communes).map((place, i) => {
    const type = i % 7 === 0 ? 'phuong' : 'xa';
    return {
      code: pad(100 + i * 10 + rng.int(0, 9), 5),
      name: `${type === 'phuong' ? 'Phường' : 'Xã'} ${place}`,
      provinceCode: options.provinceCode,
      type,
    };
  });
}

const placeOf = (commune: Commune) => commune.name.replace(/^(Xã|Phường|Đặc khu) /, '');

interface SchoolPlan {
  readonly schoolId: string;
  readonly level: SchoolLevelCode;
  readonly commune: Commune;
  readonly name: string;
}

function planSchools(options: ResolvedOptions, communes: readonly Commune[]): SchoolPlan[] {
  const plans: SchoolPlan[] = [];
  communes.forEach((commune, c) => {
    const seen = new Map<SchoolLevelCode, number>();
    for (let s = 0; s < options.schoolsPerCommune; s++) {
      const level = COMMUNE_LEVELS[(c + s) % COMMUNE_LEVELS.length] as SchoolLevelCode;
      const n = (seen.get(level) ?? 0) + 1;
      seen.set(level, n);
      plans.push({
        schoolId: `${options.provinceCode}${commune.code}${LEVEL_DIGIT[level]}${pad(n, 2)}`,
        level,
        commune,
        name: `${LEVEL_NAME[level]} ${placeOf(commune)}${n > 1 ? ` số ${n}` : ''}`,
      });
    }
  });
  const upper = options.upperSecondarySchools ?? Math.ceil(options.communes / 4);
  for (let t = 0; t < upper && communes.length > 0; t++) {
    const commune = communes[Math.floor((t * communes.length) / upper)] as Commune;
    plans.push({
      schoolId: `${options.provinceCode}${commune.code}${LEVEL_DIGIT.THPT}${pad(t + 1, 2)}`,
      level: 'THPT',
      commune,
      name: `${LEVEL_NAME.THPT} ${placeOf(commune)}`,
    });
  }
  return plans;
}

function makeSites(rng: Rng, plan: SchoolPlan): GeneratedSite[] {
  const main: GeneratedSite = {
    schoolId: plan.schoolId,
    siteCode: `${plan.schoolId}-00`,
    name: 'Điểm trường chính',
    isMainSite: true,
    communeCode: plan.commune.code,
    address: `${plan.commune.name}`,
    distanceToMainSiteKm: null,
  };
  if (!rng.chance(SATELLITE_SHARE[plan.level])) return [main];
  const villages = [...VILLAGES];
  return [
    main,
    ...Array.from({ length: rng.int(1, 3) }, (_, i) => {
      const village = villages.splice(rng.int(0, villages.length - 1), 1)[0] ?? `Thôn ${i + 1}`;
      return {
        schoolId: plan.schoolId,
        siteCode: `${plan.schoolId}-${pad(i + 1, 2)}`,
        name: `Điểm trường ${village}`,
        isMainSite: false,
        communeCode: plan.commune.code,
        address: `Thôn ${village}, ${plan.commune.name}`,
        distanceToMainSiteKm: rng.int(2, 15),
      };
    }),
  ];
}

function makeClasses(
  rng: Rng,
  options: ResolvedOptions,
  plan: SchoolPlan,
  sites: readonly GeneratedSite[],
): Omit<GeneratedClass, 'homeroomTeacherId'>[] {
  if (plan.level === 'MN') return [];
  const satellites = sites.filter((s) => !s.isMainSite);
  const fullDay = { TH: 0.8, THCS: 0.3, THPT: 0.1 }[plan.level];
  return GRADES_BY_LEVEL[plan.level].flatMap((grade) =>
    Array.from({ length: options.classesPerGrade }, (_, k) => {
      const className = `${grade}A${k + 1}`;
      // Young primary pupils study at the village sites; older ones go to the main site.
      const atSatellite = satellites.length > 0 && grade <= 3 && k > 0;
      return {
        schoolId: plan.schoolId,
        classCode: `${plan.schoolId}-${className}`,
        className,
        schoolYear: options.schoolYear,
        grade,
        siteCode: atSatellite ? rng.pick(satellites).siteCode : `${plan.schoolId}-00`,
        isCombinedClass: false,
        fullDay: rng.chance(fullDay),
      };
    }),
  );
}

/**
 * Everything but the learners: communes, schools, their sites, classes and
 * staff. Its size grows with the number of classes, not of pupils, so it is
 * built up front even when the learners are streamed.
 */
export function generateStructure(input: ProvinceOptions): ProvinceStructure {
  const options = resolveOptions(input);
  const rng = new Rng(options.seed, 'structure');
  const communes = makeCommunes(rng, options);
  const uplandCommunes = new Set(communes.filter(() => rng.chance(UPLAND_COMMUNE_SHARE)).map((c) => c.code));
  // Staff come from the whole province and beyond: more often Kinh than pupils (?).
  const staffEthnicity = new Weighted(
    Object.entries(options.ethnicityWeights).map(([code, w]) => [code, code === '01' ? w * 1.5 : w] as const),
  );
  const tools: PeopleTools = {
    rng,
    ids: new PersonalIdAllocator(options.seed, ...STAFF_ID_INDICES),
    birthProvinces: birthProvinceTable(options.provinceCode),
    staffEthnicity,
    startYear: options.startYear,
  };
  const areaCode = rng.int(3, 99);
  const schools: GeneratedSchool[] = [];
  const sites: GeneratedSite[] = [];
  const classes: GeneratedClass[] = [];
  const staff: GeneratedStaff[] = [];
  for (const plan of planSchools(options, communes)) {
    const schoolSites = makeSites(rng, plan);
    const schoolClasses = makeClasses(rng, options, plan, schoolSites);
    const schoolStaff = makeStaff(tools, plan, schoolClasses.length);
    const teachers = schoolStaff.filter((s) => s.position === '07');
    schoolClasses.forEach((c, i) => {
      classes.push({ ...c, homeroomTeacherId: (teachers[i] as GeneratedStaff).staffId });
    });
    schools.push({
      schoolId: plan.schoolId,
      name: plan.name,
      schoolLevel: plan.level,
      schoolType: '1',
      provinceCode: options.provinceCode,
      communeCode: plan.commune.code,
      address: `${plan.commune.name}`,
      // Landline: 02 + a 2-digit area code + 7 digits (2017 renumbering) (?).
      phone: `02${pad(areaCode, 2)}${pad(rng.int(0, 9_999_999), 7)}`,
      principalName: (schoolStaff[0] as GeneratedStaff).fullName,
      managingUnit:
        plan.level === 'THPT'
          ? { type: 'department', code: `SGD-${options.provinceCode}` }
          : { type: 'commune', code: plan.commune.code },
    });
    sites.push(...schoolSites);
    staff.push(...schoolStaff);
  }
  const province = PROVINCES.entries.find((e) => e.code === options.provinceCode);
  return {
    provinceCode: options.provinceCode,
    provinceName: province?.labelVi ?? options.provinceCode,
    departmentCode: `SGD-${options.provinceCode}`,
    schoolYear: options.schoolYear,
    asOf: options.asOf,
    communes,
    schools,
    sites,
    classes,
    staff,
    uplandCommunes,
  };
}
