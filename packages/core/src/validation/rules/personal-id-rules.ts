import type { EntityId } from '../../standard';
import type { RuleDefinition } from '../types';

/**
 * Personal id (số định danh cá nhân) against the rest of the record: digit 4
 * is century and sex, digits 5–6 the birth year, digits 1–3 the pre-2025
 * province of birth registration (Decree 137/2015/NĐ-CP Art. 7; Circular
 * 59/2021/TT-BCA). Learners and staff carry the same fields, so one factory
 * gives both sets of rules with their own codes.
 */
export function personalIdRules<P extends string>(prefix: P, entity: EntityId) {
  return [
    {
      code: `${prefix}_PID_GENDER_MISMATCH`,
      severity: 'blocking',
      scope: 'record',
      entity,
      fields: ['personalId', 'gender'],
      message: {
        vi: 'Số định danh cá nhân cho biết giới tính {idGender} nhưng cột Giới tính là {gender}. Kiểm tra lại giới tính hoặc số định danh.',
        en: 'The personal id number says {idGender} but the Sex column says {gender}. Check the sex or the personal id number.',
      },
    },
    {
      code: `${prefix}_PID_BIRTH_YEAR_MISMATCH`,
      severity: 'blocking',
      scope: 'record',
      entity,
      fields: ['personalId', 'birthDate'],
      message: {
        vi: 'Chữ số thứ 5–6 của số định danh cá nhân là {idYearDigits} nhưng năm sinh là {birthYear} (hai số này phải là {expectedDigits}). Kiểm tra lại ngày sinh hoặc số định danh.',
        en: 'Digits 5–6 of the personal id number are {idYearDigits} but the birth year is {birthYear} (they should be {expectedDigits}). Check the date of birth or the personal id number.',
      },
    },
    {
      code: `${prefix}_PID_CENTURY_MISMATCH`,
      severity: 'blocking',
      scope: 'record',
      entity,
      fields: ['personalId', 'birthDate'],
      message: {
        vi: 'Chữ số thứ 4 của số định danh cá nhân cho biết năm sinh trong khoảng {idCentury} nhưng năm sinh là {birthYear}. Người sinh từ 1900 đến 1999 có chữ số thứ 4 là 0 (nam) hoặc 1 (nữ); từ 2000 đến 2099 là 2 (nam) hoặc 3 (nữ). Kiểm tra lại số định danh hoặc năm sinh.',
        en: 'Digit 4 of the personal id number puts the birth in {idCentury} but the birth year is {birthYear}. People born 1900–1999 have 0 (male) or 1 (female) there; 2000–2099, 2 (male) or 3 (female). Check the personal id number or the birth year.',
      },
    },
    {
      // A warning, not blocking: the first three digits may also be the code
      // of the country where a birth abroad was registered (Decree
      // 137/2015/NĐ-CP Art. 7), which our 63-province list does not hold.
      code: `${prefix}_PID_PROVINCE_UNKNOWN`,
      severity: 'warning',
      scope: 'record',
      entity,
      fields: ['personalId'],
      message: {
        vi: 'Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh nơi đăng ký khai sinh (mã của 63 tỉnh, thành phố trước ngày 1/7/2025). Kiểm tra lại số định danh; nếu người này đăng ký khai sinh ở nước ngoài thì bỏ qua cảnh báo.',
        en: 'The first three digits of the personal id number are not the code of a birth-registration province (the 63 provinces before 1/7/2025). Check the number; if the birth was registered abroad, ignore this warning.',
      },
    },
  ] as const satisfies readonly RuleDefinition[];
}

export const STUDENT_PID_RULES = personalIdRules('STU', 'student');
export const STAFF_PID_RULES = personalIdRules('STF', 'staff');

/** Guardians have a birth year and a relationship instead of a birth date and a sex. */
export const GUARDIAN_PID_RULES = [
  {
    code: 'GUA_PID_GENDER_MISMATCH',
    severity: 'blocking',
    scope: 'record',
    entity: 'guardian',
    fields: ['personalId', 'relationship'],
    message: {
      vi: 'Số định danh cá nhân cho biết giới tính {idGender} nhưng quan hệ với học sinh là {relationship}. Kiểm tra lại quan hệ hoặc số định danh.',
      en: 'The personal id number says {idGender} but the relationship to the student is {relationship}. Check the relationship or the personal id number.',
    },
  },
  {
    code: 'GUA_PID_BIRTH_YEAR_MISMATCH',
    severity: 'blocking',
    scope: 'record',
    entity: 'guardian',
    fields: ['personalId', 'birthYear'],
    message: {
      vi: 'Số định danh cá nhân cho biết năm sinh {idYear} nhưng cột Năm sinh là {birthYear}. Kiểm tra lại năm sinh hoặc số định danh.',
      en: 'The personal id number says born in {idYear} but the Year of birth column says {birthYear}. Check the year of birth or the personal id number.',
    },
  },
  {
    code: 'GUA_PID_PROVINCE_UNKNOWN',
    severity: 'warning',
    scope: 'record',
    entity: 'guardian',
    fields: ['personalId'],
    message: {
      vi: 'Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh nơi đăng ký khai sinh (mã của 63 tỉnh, thành phố trước ngày 1/7/2025). Kiểm tra lại số định danh; nếu người này đăng ký khai sinh ở nước ngoài thì bỏ qua cảnh báo.',
      en: 'The first three digits of the personal id number are not the code of a birth-registration province (the 63 provinces before 1/7/2025). Check the number; if the birth was registered abroad, ignore this warning.',
    },
  },
] as const satisfies readonly RuleDefinition[];
