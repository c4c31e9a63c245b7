import type { FieldSpec } from './field';

/**
 * Fields shared by several entities, defined once so lengths and privacy
 * flags cannot drift apart. Lengths marked "4998" come from Decision
 * 4998/QĐ-BGDĐT as summarised in docs (?); the others are our own
 * conservative choices (?).
 */
export const FIELD_LENGTHS = {
  schoolId: 15, // 4998
  classCode: 20, // 4998
  studentId: 15, // 4998
  staffId: 20, // 4998
  fullName: 50, // 4998
  personalId: 20, // 4998 (citizen id); the CCCD number itself is 12 digits
  siteCode: 20, // (?)
  phone: 15, // "+84" and 9 digits, with room for separators (?)
  email: 100, // (?)
  address: 200, // (?)
  shortText: 100, // (?)
} as const;

export const schoolIdField: FieldSpec = {
  key: 'schoolId',
  labelVi: 'Mã trường',
  labelEn: 'School id',
  type: 'string',
  maxLength: FIELD_LENGTHS.schoolId,
  required: true,
  exportHeaderVi: 'Mã trường',
  headerAliases: ['Mã đơn vị', 'Mã trường học'],
};

export function fullNameField(exportHeaderVi: string, headerAliases: readonly string[]): FieldSpec {
  return {
    key: 'fullName',
    labelVi: 'Họ và tên',
    labelEn: 'Full name',
    type: 'string',
    maxLength: FIELD_LENGTHS.fullName,
    required: true,
    exportHeaderVi,
    headerAliases,
  };
}

export const birthDateField: FieldSpec = {
  key: 'birthDate',
  labelVi: 'Ngày sinh',
  labelEn: 'Date of birth',
  type: 'date',
  required: true,
  exportHeaderVi: 'Ngày sinh',
  headerAliases: ['Ngày tháng năm sinh', 'Ngày/tháng/năm sinh', 'NS'],
};

export const genderField: FieldSpec = {
  key: 'gender',
  labelVi: 'Giới tính',
  labelEn: 'Sex',
  type: 'code',
  codeList: 'gender',
  required: true,
  exportHeaderVi: 'Giới tính',
  headerAliases: ['GT', 'Nam/Nữ'],
};

export const ethnicityField: FieldSpec = {
  key: 'ethnicity',
  labelVi: 'Dân tộc',
  labelEn: 'Ethnicity',
  type: 'code',
  codeList: 'ethnicity',
  required: false,
  sensitive: true,
  exportHeaderVi: 'Dân tộc',
  headerAliases: ['Mã dân tộc'],
};

export const religionField: FieldSpec = {
  key: 'religion',
  labelVi: 'Tôn giáo',
  labelEn: 'Religion',
  type: 'code',
  codeList: 'religion',
  required: false,
  sensitive: true,
  exportHeaderVi: 'Tôn giáo',
  headerAliases: ['Mã tôn giáo'],
};

export const personalIdField: FieldSpec = {
  key: 'personalId',
  labelVi: 'Số định danh cá nhân',
  labelEn: 'Personal id number',
  type: 'personalId',
  maxLength: FIELD_LENGTHS.personalId,
  required: false,
  personal: true,
  exportHeaderVi: 'Số định danh cá nhân',
  headerAliases: [
    'Mã định danh cá nhân',
    'Số định danh',
    'Mã định danh',
    'Số CCCD',
    'CCCD',
    'Số căn cước công dân',
    'Số căn cước',
    'CMND/CCCD',
  ],
};

export const phoneField: FieldSpec = {
  key: 'phone',
  labelVi: 'Số điện thoại',
  labelEn: 'Phone number',
  type: 'phone',
  maxLength: FIELD_LENGTHS.phone,
  required: false,
  personal: true,
  exportHeaderVi: 'Số điện thoại',
  headerAliases: ['Điện thoại', 'SĐT', 'Số ĐT', 'Điện thoại di động'],
};

export const emailField: FieldSpec = {
  key: 'email',
  labelVi: 'Thư điện tử',
  labelEn: 'E-mail',
  type: 'email',
  maxLength: FIELD_LENGTHS.email,
  required: false,
  personal: true,
  exportHeaderVi: 'Email',
  headerAliases: ['E-mail', 'Thư điện tử', 'Địa chỉ email'],
};

export const permanentAddressField: FieldSpec = {
  key: 'permanentAddress',
  labelVi: 'Địa chỉ thường trú',
  labelEn: 'Permanent address',
  type: 'string',
  maxLength: FIELD_LENGTHS.address,
  required: false,
  personal: true,
  exportHeaderVi: 'Địa chỉ thường trú',
  headerAliases: ['Thường trú', 'Nơi thường trú', 'Hộ khẩu thường trú'],
};

export const currentAddressField: FieldSpec = {
  key: 'currentAddress',
  labelVi: 'Nơi ở hiện nay',
  labelEn: 'Current address',
  type: 'string',
  maxLength: FIELD_LENGTHS.address,
  required: false,
  personal: true,
  exportHeaderVi: 'Nơi ở hiện nay',
  headerAliases: ['Chỗ ở hiện nay', 'Địa chỉ hiện tại', 'Địa chỉ liên hệ', 'Nơi ở hiện tại'],
};

/** Province and commune of residence are part of the address, hence personal. */
export const residenceProvinceField: FieldSpec = {
  key: 'residenceProvince',
  labelVi: 'Tỉnh/thành phố thường trú',
  labelEn: 'Province of residence',
  type: 'code',
  codeList: 'province',
  required: false,
  personal: true,
  exportHeaderVi: 'Tỉnh/Thành phố',
  headerAliases: ['Tỉnh/TP', 'Tỉnh thành', 'Mã tỉnh thường trú'],
};

export const residenceCommuneField: FieldSpec = {
  key: 'residenceCommune',
  labelVi: 'Xã/phường thường trú',
  labelEn: 'Commune of residence',
  type: 'code',
  codeList: 'commune',
  required: false,
  personal: true,
  exportHeaderVi: 'Xã/Phường',
  headerAliases: ['Xã/Phường/Đặc khu', 'Phường/Xã', 'Mã xã thường trú'],
};
