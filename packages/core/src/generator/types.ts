import type { Commune } from '../standard';
import type { FieldValue, RuleCode } from '../validation';

/**
 * Records are type aliases, not interfaces, so they can be passed where a
 * Record<string, unknown> is expected (validateRecord).
 *
 * Plain objects shaped like the entities of the data standard
 * (standard/entities): a record's keys are the entity's field keys, values
 * are already standardised (ISO dates, codes, 0xxxxxxxxx phones), so each
 * passes validateField unchanged. A few extra keys (managingUnit, grade)
 * carry what the generator knows and the standard keeps elsewhere.
 */
export interface ProvinceOptions {
  /** Same seed, same options → the same province, value for value. */
  readonly seed: number | string;
  readonly communes: number;
  /** Preschool, primary and lower-secondary schools per commune, levels taken in turn. */
  readonly schoolsPerCommune: number;
  readonly classesPerGrade: number;
  readonly pupilsPerClass: number;
  /** 0..1: share of cells made messy the way real school files are (see mess.ts). */
  readonly messyShare: number;
  /** '2025-2026'. */
  readonly schoolYear: string;
  /** 2025 province code; default '08' (Tuyên Quang, a northern mountainous province). */
  readonly provinceCode?: string;
  /** Upper-secondary schools, directly under the department; default one per 4 communes. */
  readonly upperSecondarySchools?: number;
  /** Ethnicity code → weight; default population-data NORTHERN_MOUNTAIN_ETHNICITIES. */
  readonly ethnicityWeights?: Readonly<Record<string, number>>;
  /** ISO date the data is "as of": status changes happen between the opening day and this. */
  readonly asOf?: string;
}

export type SchoolLevelCode = 'MN' | 'TH' | 'THCS' | 'THPT';

export type GeneratedSchool = {
  readonly schoolId: string;
  readonly name: string;
  readonly schoolLevel: SchoolLevelCode;
  readonly schoolType: string;
  readonly provinceCode: string;
  /** Where the school is. */
  readonly communeCode: string;
  readonly address: string;
  readonly phone: string;
  readonly principalName: string;
  /**
   * Who manages it since 1/7/2025 (Decree 142/2025/NĐ-CP): the commune for
   * MN/TH/THCS, the department (Sở) for THPT.
   */
  readonly managingUnit: { readonly type: 'commune' | 'department'; readonly code: string };
};

export type GeneratedSite = {
  readonly schoolId: string;
  readonly siteCode: string;
  readonly name: string;
  readonly isMainSite: boolean;
  readonly communeCode: string;
  readonly address: string;
  readonly distanceToMainSiteKm: number | null;
};

export type GeneratedClass = {
  readonly schoolId: string;
  readonly classCode: string;
  readonly className: string;
  readonly schoolYear: string;
  readonly grade: number;
  readonly siteCode: string;
  readonly homeroomTeacherId: string;
  readonly isCombinedClass: boolean;
  readonly fullDay: boolean;
};

export type GeneratedStaff = {
  readonly schoolId: string;
  readonly staffId: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly gender: '1' | '2';
  readonly ethnicity: string;
  readonly religion: string;
  readonly personalId: string;
  readonly phone: string;
  readonly position: string;
  readonly qualification: string;
  readonly mainSubject: string | null;
  readonly contractType: string;
  readonly recruitmentDate: string;
};

export type StudentRecord = {
  readonly classCode: string;
  readonly studentId: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly gender: '1' | '2';
  readonly status: string;
  readonly statusDate: string;
  readonly ethnicity: string;
  readonly disabilityType: string | null;
  readonly personalId: string;
  readonly schoolId: string;
  readonly religion: string;
  readonly placeOfBirth: string;
  readonly residenceProvince: string;
  readonly residenceCommune: string;
  readonly permanentAddress: string;
  /** A parent's mobile: schools record the family's contact on the learner. */
  readonly phone: string | null;
  readonly enrolmentDate: string;
  readonly leavingReason: string | null;
};

export type StudentField = keyof StudentRecord;

export type GuardianRecord = {
  readonly guardianId: string;
  readonly studentId: string;
  readonly relationship: string;
  readonly fullName: string;
  readonly birthYear: number;
  readonly occupation: string;
  readonly phone: string | null;
  readonly personalId: string;
  readonly address: string;
};

/** How a cell was made messy. */
export type MessKind =
  | 'tcvn3'
  | 'vni'
  | 'nfd'
  | 'spacing-case'
  | 'excel-serial'
  | 'dmy-text'
  | 'phone-international'
  | 'phone-spaced'
  | 'phone-old-prefix'
  | 'phone-as-number'
  | 'label-instead-of-code'
  | 'code-as-number'
  | 'pid-spaced'
  | 'pid-as-number'
  | 'missing-required';

export type RawCell = string | number | null;

export interface MessyValue {
  readonly field: StudentField;
  readonly kind: MessKind;
  /** What the file holds. */
  readonly raw: RawCell;
  /**
   * What validateField should store (the clean value); null when the value is
   * lost. Legacy encodings (tcvn3, vni) are promised back through the
   * column-level guess (toUnicodeColumn) the importer runs on a whole column:
   * one cell alone can read as valid Unicode too (TCVN3 "TÈn" is Unicode
   * "Tèn"), and the text normalisers leave such a cell alone by design.
   */
  readonly expected: FieldValue;
  /** The cell's font, as a spreadsheet reader reports it: settles the legacy-encoding guess. */
  readonly fontHint?: string;
  /** The issue validateField must raise (a lost required value cannot be restored). */
  readonly expectedRule?: RuleCode;
}

export interface GeneratedStudent {
  /** The clean, standardised record. */
  readonly record: StudentRecord;
  /** The cells as a school file holds them: the record with the messy values swapped in. */
  readonly raw: Readonly<Record<StudentField, RawCell>>;
  readonly mess: readonly MessyValue[];
  readonly guardians: readonly GuardianRecord[];
  readonly grade: number;
  /** Set on a duplicate row: the student id of the learner it repeats. */
  readonly duplicateOf?: string;
}

export interface ProvinceStructure {
  readonly provinceCode: string;
  readonly provinceName: string;
  /** Org code of the Sở, the managing unit of THPT schools. */
  readonly departmentCode: string;
  readonly schoolYear: string;
  readonly asOf: string;
  readonly communes: readonly Commune[];
  readonly schools: readonly GeneratedSchool[];
  readonly sites: readonly GeneratedSite[];
  readonly classes: readonly GeneratedClass[];
  readonly staff: readonly GeneratedStaff[];
  /** Communes whose population is mostly upland minorities (ethnicity mix leans that way). */
  readonly uplandCommunes: ReadonlySet<string>;
}

export interface GeneratedProvince extends ProvinceStructure {
  readonly students: readonly GeneratedStudent[];
  readonly guardians: readonly GuardianRecord[];
}
