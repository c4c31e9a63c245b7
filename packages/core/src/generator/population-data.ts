/**
 * Shares used to draw synthetic people and places. Marked (?) where they are
 * our estimate rather than a cited statistic: they make data look plausible
 * for demos and tests, they are not facts to report.
 */

/**
 * Ethnicity (code of standard/lists/ethnicities.ts → weight) for a northern
 * mountainous province, in the spirit of the 2019 census for Tuyên Quang
 * (Kinh about half, then Tày, Dao, Sán Chay, Mông, Nùng …) (?). Override
 * with ProvinceOptions.ethnicityWeights for another province.
 */
export const NORTHERN_MOUNTAIN_ETHNICITIES: Readonly<Record<string, number>> = {
  '01': 50, // Kinh
  '02': 24, // Tày
  '09': 11, // Dao
  '15': 6, // Sán Chay (Cao Lan – Sán Chỉ)
  '08': 4, // HMông
  '07': 2.5, // Nùng
  '18': 1.2, // Sán Dìu
  '04': 0.3, // Hoa
  '25': 0.3, // Giáy
  '46': 0.3, // Pà Thẻn
  '43': 0.2, // Lô Lô
  '38': 0.2, // La Chí
};

/** Groups concentrated in upland communes (Mông, Dao, Lô Lô, La Chí, Pà Thẻn) (?). */
export const UPLAND_GROUPS: ReadonlySet<string> = new Set(['08', '09', '43', '38', '46']);

/** Disability among learners ≈ 1.2% (?); type weights by codes of disability-types.ts (?). */
export const DISABILITY_SHARE = 0.012;
export const DISABILITY_TYPES: Readonly<Record<string, number>> = {
  '05': 30,
  '01': 15,
  '02': 15,
  '08': 15,
  '07': 10,
  '03': 8,
  '04': 4,
  '09': 3,
};

/**
 * Learner status mid-year (codes of learner-statuses.ts). Dropout rises with
 * the level, as MOET's yearly statistics show (?); the rates are ours (?).
 */
export const STATUS_SHARES: Readonly<Record<'TH' | 'THCS' | 'THPT', Readonly<Record<string, number>>>> = {
  TH: { '01': 97.1, '02': 1.5, '03': 1.0, '04': 0.2, '05': 0.2 },
  THCS: { '01': 96.0, '02': 1.5, '03': 1.2, '04': 1.0, '05': 0.3 },
  THPT: { '01': 95.4, '02': 1.2, '03': 1.5, '04': 1.5, '05': 0.4 },
};

/** Reasons for leaving (codes of leaving-reasons.ts) (?). Early marriage only from lower secondary on. */
export const LEAVING_REASON_WEIGHTS: Readonly<Record<string, number>> = {
  '01': 25,
  '08': 25,
  '02': 20,
  '03': 10,
  '07': 8,
  '06': 8,
  '05': 3,
  '99': 1,
};

/** Religion (codes of religions.ts): most learners declare none (?). */
export const RELIGION_WEIGHTS: Readonly<Record<string, number>> = { '00': 95, '01': 2, '02': 1.5, '03': 1.5 };

/** Age by year minus the grade's normal age, for Kinh and for minority learners (?). */
export const AGE_SHIFT_KINH: Readonly<Record<string, number>> = { '0': 94, '1': 4.5, '2': 1, '-1': 0.5 };
export const AGE_SHIFT_MINORITY: Readonly<Record<string, number>> = {
  '0': 86,
  '1': 9,
  '2': 3.5,
  '3': 1,
  '-1': 0.5,
};

/** Share of learners whose birth was registered in another (pre-2025) province (?). */
export const BORN_ELSEWHERE_SHARE = 0.08;

/**
 * 10-digit mobile prefixes in use after the 2018 renumbering (MIC Decision
 * 798/QĐ-BTTTT (?)) with rough weights for network market shares (?).
 */
export const MOBILE_PREFIXES: Readonly<Record<string, number>> = {
  '086': 4,
  '096': 6,
  '097': 7,
  '098': 7,
  '032': 4,
  '033': 4,
  '034': 4,
  '035': 4,
  '036': 4,
  '037': 4,
  '038': 4,
  '039': 4,
  '088': 2,
  '091': 4,
  '094': 4,
  '081': 2,
  '082': 2,
  '083': 2,
  '084': 2,
  '085': 2,
  '089': 2,
  '090': 4,
  '093': 3,
  '070': 2,
  '076': 2,
  '077': 2,
  '078': 2,
  '079': 2,
  '092': 1,
  '056': 1,
  '058': 1,
  '099': 0.5,
  '059': 0.5,
};

export const OCCUPATIONS: Readonly<Record<string, number>> = {
  'Làm ruộng': 40,
  'Lao động tự do': 15,
  'Công nhân': 12,
  'Buôn bán': 10,
  'Viên chức': 7,
  'Nội trợ': 5,
  'Lái xe': 3,
  'Bộ đội': 2,
  'Công an': 2,
  'Thợ xây': 4,
};

/** Word pairs for synthetic commune names ("Xã Tân An"): common toponym words (?). */
export const PLACE_FIRST = [
  'Tân',
  'Minh',
  'Hồng',
  'Phúc',
  'Kim',
  'Xuân',
  'Yên',
  'Bình',
  'Trung',
  'Thượng',
  'Hùng',
  'Mỹ',
  'Đồng',
  'Thái',
  'Vĩnh',
  'Hòa',
] as const;
export const PLACE_SECOND = [
  'An',
  'Sơn',
  'Lâm',
  'Quang',
  'Hà',
  'Thành',
  'Phú',
  'Lợi',
  'Long',
  'Tiến',
  'Hưng',
  'Xuân',
  'Yên',
  'Trào',
  'Vân',
  'Khê',
] as const;

/** Village names for addresses and satellite sites (?). */
export const VILLAGES = [
  'Nà Héc',
  'Khuổi Nọi',
  'Bản Pác',
  'Nà Tạng',
  'Làng Mới',
  'Đồng Tâm',
  'Tân Lập',
  'Thác Cái',
  'Pắc Cạp',
  'Nặm Đăm',
  'Phiêng Tạ',
  'Lũng Cẩm',
  'Cốc Phung',
  'Nà Khá',
  'Khâu Vai',
  'Bản Chang',
] as const;

/** Subjects taught at lower and upper secondary (2018 general education programme). */
export const SECONDARY_SUBJECTS = [
  'Toán',
  'Ngữ văn',
  'Tiếng Anh',
  'Khoa học tự nhiên',
  'Vật lí',
  'Hóa học',
  'Sinh học',
  'Lịch sử và Địa lí',
  'Lịch sử',
  'Địa lí',
  'Giáo dục công dân',
  'Tin học',
  'Công nghệ',
  'Giáo dục thể chất',
  'Âm nhạc',
  'Mĩ thuật',
] as const;
